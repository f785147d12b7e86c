/**
 * One figure per day as a line, with its target drawn as a shaded band (pace: 130–160 words a minute;
 * fillers: under 2 a minute), so a day inside the target reads at a glance. The band is labelled in
 * words on the chart and in its accessible name, so colour is never the only cue. The axes follow
 * ScoreChart's; the table behind it comes from ChartFigure.
 */
import { ChartFigure } from './ChartFigure';
import { formatLongDay, formatShortDay } from './format';
import { dayToDate, xTicks } from './ScoreChart';
import { useElementWidth } from './useElementWidth';
import { CHART_MARGIN, YGrid } from './YGrid';

export interface TrendPoint {
  /** Epoch day of the local date. */
  day: number;
  /** YYYY-MM-DD. */
  date: string;
  value: number | null;
  /** Answers behind the value, for the table. */
  count: number;
}

interface TrendChartProps {
  /** What is plotted, for the accessible name and the table: "pace in words a minute". */
  name: string;
  /** The value's column in the table: "Words a minute". */
  column: string;
  points: readonly TrendPoint[];
  band: { low: number; high: number; label: string };
  format: (value: number) => string;
}

const HEIGHT = 200;
const MARGIN = CHART_MARGIN;
const MAX_MARKERS = 60;
const STEPS = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200];

/** A top for the y axis above every value and the band, in steps a reader can add up, at most 5 of them. */
function yScale(values: readonly number[], bandHigh: number) {
  const top = Math.max(bandHigh * 1.25, ...values.map((v) => v * 1.1), 1);
  const step = STEPS.find((s) => top / s <= 5) ?? Math.ceil(top / 5);
  const max = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(Math.round(t * 10) / 10);
  return { max, ticks };
}

export function TrendChart({ name, column, points, band, format }: TrendChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(480);
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const { max, ticks: yTicks } = yScale(values, band.high);

  const first = points[0]!.day;
  const last = points[points.length - 1]!.day;
  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (day: number) =>
    MARGIN.left + (first === last ? plotWidth / 2 : ((day - first) / (last - first)) * plotWidth);
  const y = (value: number) => MARGIN.top + plotHeight - (Math.min(value, max) / max) * plotHeight;
  const dayTicks = xTicks(first, last, Math.max(2, Math.floor(plotWidth / 80)));

  let path = '';
  let pen = false;
  for (const p of points) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${x(p.day).toFixed(1)},${y(p.value).toFixed(1)}`;
    pen = true;
  }

  const measured = points.filter((p) => p.value !== null);
  const firstValue = measured[0];
  const lastValue = measured[measured.length - 1];
  const range =
    first === last
      ? `on ${formatShortDay(points[0]!.date)}`
      : `from ${formatShortDay(points[0]!.date)} to ${formatShortDay(points[points.length - 1]!.date)}`;
  const trend =
    firstValue && lastValue
      ? firstValue === lastValue
        ? `: ${format(lastValue.value!)}`
        : `: ${format(firstValue.value!)} on the first day, ${format(lastValue.value!)} on the latest`
      : '';
  const label = `Line chart of your ${name}, ${points.length} ${points.length === 1 ? 'day' : 'days'} ${range}${trend}. Target: ${band.label}.`;

  return (
    <ChartFigure
      table={{
        caption: `${column} by day`,
        columns: ['Date', 'Recorded answers', column],
        rows: points.map((p) => [formatLongDay(p.date), p.count, p.value === null ? '–' : format(p.value)]),
      }}
    >
      <div ref={ref} className="w-full">
        <svg
          role="img"
          aria-label={label}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="block max-w-full overflow-visible text-fg-muted"
        >
          <rect
            x={MARGIN.left}
            width={plotWidth}
            y={y(band.high)}
            height={Math.max(1, y(band.low) - y(band.high))}
            fill="var(--color-success-soft)"
            stroke="var(--color-success-border)"
            strokeDasharray="4 3"
          />
          <text
            x={MARGIN.left + plotWidth - 4}
            y={y(band.high) - 4}
            textAnchor="end"
            fontSize="11"
            fill="var(--color-success)"
            // A halo in the surface colour keeps the label readable where the line crosses it.
            stroke="var(--color-surface)"
            strokeWidth={3}
            paintOrder="stroke"
          >
            Target {band.label}
          </text>
          <YGrid ticks={yTicks} y={y} plotWidth={plotWidth} label={format} />
          {dayTicks.map((tick, i) => (
            <text
              key={tick}
              x={x(tick)}
              y={HEIGHT - 8}
              fontSize="11"
              fill="currentColor"
              textAnchor={
                dayTicks.length === 1 ? 'middle' : i === 0 ? 'start' : i === dayTicks.length - 1 ? 'end' : 'middle'
              }
            >
              {formatShortDay(dayToDate(tick))}
            </text>
          ))}
          <g style={{ color: 'var(--color-accent)' }}>
            <path
              d={path}
              fill="none"
              stroke="currentColor"
              strokeWidth={2.5}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
            {points.length <= MAX_MARKERS
              ? measured.map((p) => (
                  <circle
                    key={p.day}
                    cx={x(p.day)}
                    cy={y(p.value!)}
                    r="3.5"
                    fill="var(--color-surface)"
                    stroke="currentColor"
                    strokeWidth="2"
                  />
                ))
              : null}
          </g>
        </svg>
      </div>
    </ChartFigure>
  );
}
