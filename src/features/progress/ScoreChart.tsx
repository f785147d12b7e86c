import { useState, type CSSProperties } from 'react';

import type { DayScore } from '@/domain/progress';
import { PART_INFO } from '@/domain/rubric';
import { cn } from '@/lib/cn';
import { formatPercent } from '@/lib/format';

import { ChartFigure } from './ChartFigure';
import { formatLongDay, formatShortDay, SERIES, SERIES_STYLE, type Series } from './format';
import { useElementWidth } from './useElementWidth';
import { CHART_MARGIN, YGrid } from './YGrid';

const HEIGHT = 240;
const MARGIN = CHART_MARGIN;
const Y_TICKS = [0, 25, 50, 75, 100];
/** Above this many days, points would crowd the line: draw the line only. */
const MAX_MARKERS = 60;

export const seriesLabel = (series: Series) => (series === 'overall' ? 'Overall' : PART_INFO[series].label);

function valueOf(day: DayScore, series: Series): number | null {
  return series === 'overall' ? day.overall : day.parts[series];
}

/** A path through the points, broken where a day has no value for the series. */
function linePath(days: readonly DayScore[], series: Series, x: (d: number) => number, y: (v: number) => number) {
  let path = '';
  let pen = false;
  for (const day of days) {
    const value = valueOf(day, series);
    if (value === null) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${x(day.day).toFixed(1)},${y(value).toFixed(1)}`;
    pen = true;
  }
  return path;
}

/** Dates to label on the x axis: evenly spaced, as many as fit. */
export function xTicks(first: number, last: number, maxTicks: number): number[] {
  if (first === last) return [first];
  const span = last - first;
  const count = Math.max(2, Math.min(maxTicks, span + 1));
  const ticks = new Set<number>();
  for (let i = 0; i < count; i++) ticks.add(Math.round(first + (span * i) / (count - 1)));
  return [...ticks];
}

export function dayToDate(day: number) {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Score (0–100) per day: the overall line plus any rubric parts the user turns on. */
export function ScoreChart({ days }: { days: readonly DayScore[] }) {
  const [shown, setShown] = useState<ReadonlySet<Series>>(() => new Set<Series>(['overall']));
  const [ref, width] = useElementWidth<HTMLDivElement>(640);

  const first = days[0]!.day;
  const last = days[days.length - 1]!.day;
  const plotWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (day: number) =>
    MARGIN.left + (first === last ? plotWidth / 2 : ((day - first) / (last - first)) * plotWidth);
  const y = (value: number) => MARGIN.top + plotHeight - (value / 100) * plotHeight;
  const ticks = xTicks(first, last, Math.max(2, Math.floor(plotWidth / 80)));

  const withOverall = days.filter((d) => d.overall !== null);
  const firstOverall = withOverall[0];
  const lastOverall = withOverall[withOverall.length - 1];
  const range =
    first === last
      ? `on ${formatShortDay(days[0]!.date)}`
      : `from ${formatShortDay(days[0]!.date)} to ${formatShortDay(days[days.length - 1]!.date)}`;
  const trend =
    firstOverall && lastOverall
      ? firstOverall === lastOverall
        ? `; overall ${formatPercent(lastOverall.overall)}`
        : `; overall ${formatPercent(firstOverall.overall)} on the first day, ${formatPercent(lastOverall.overall)} on the latest`
      : '';
  const visible = SERIES.filter((s) => shown.has(s));
  const label = `Line chart of your score over time, ${days.length} ${days.length === 1 ? 'day' : 'days'} ${range}${trend}. Showing: ${visible.map(seriesLabel).join(', ') || 'nothing'}.`;

  function toggle(series: Series) {
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(series)) next.delete(series);
      else next.add(series);
      return next;
    });
  }

  return (
    <ChartFigure
      table={{
        caption: 'Score by day (percent)',
        columns: ['Date', 'Rated answers', ...SERIES.map(seriesLabel)],
        rows: days.map((d) => [formatLongDay(d.date), d.count, ...SERIES.map((s) => formatPercent(valueOf(d, s)))]),
      }}
    >
      <div role="group" aria-label="Lines to show" className="flex flex-wrap gap-2">
        {SERIES.map((series) => {
          const style = SERIES_STYLE[series];
          const on = shown.has(series);
          return (
            <button
              key={series}
              type="button"
              aria-pressed={on}
              onClick={() => toggle(series)}
              className={cn(
                'inline-flex min-h-9 items-center gap-2 rounded-full border px-3 text-sm font-medium transition motion-reduce:transition-none',
                on ? 'border-fg/40 bg-surface-muted text-fg' : 'border-border text-fg-muted hover:bg-surface-muted',
              )}
            >
              <svg aria-hidden="true" width="22" height="8" className="shrink-0" style={{ color: style.color }}>
                <line
                  x1="1"
                  x2="21"
                  y1="4"
                  y2="4"
                  stroke="currentColor"
                  strokeWidth={on ? style.width + 0.5 : 1.25}
                  strokeDasharray={style.dash}
                  opacity={on ? 1 : 0.6}
                />
              </svg>
              {seriesLabel(series)}
            </button>
          );
        })}
      </div>
      <div ref={ref} className="w-full">
        <svg
          role="img"
          aria-label={label}
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="block max-w-full overflow-visible text-fg-muted"
        >
          <YGrid ticks={Y_TICKS} y={y} plotWidth={plotWidth} label={(tick) => `${tick}%`} />
          {ticks.map((tick, i) => (
            <text
              key={tick}
              x={x(tick)}
              y={HEIGHT - 8}
              fontSize="11"
              fill="currentColor"
              textAnchor={ticks.length === 1 ? 'middle' : i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle'}
            >
              {formatShortDay(dayToDate(tick))}
            </text>
          ))}
          {visible.map((series) => {
            const style = SERIES_STYLE[series];
            return (
              <g key={series} style={{ color: style.color } as CSSProperties}>
                <path
                  d={linePath(days, series, x, y)}
                  fill="none"
                  stroke="currentColor"
                  strokeWidth={style.width}
                  strokeDasharray={style.dash}
                  strokeLinejoin="round"
                  strokeLinecap="round"
                />
                {series === 'overall' && days.length <= MAX_MARKERS
                  ? days.map((d) =>
                      d.overall === null ? null : (
                        <circle
                          key={d.day}
                          cx={x(d.day)}
                          cy={y(d.overall)}
                          r="3.5"
                          fill="var(--color-surface)"
                          stroke="currentColor"
                          strokeWidth="2"
                        />
                      ),
                    )
                  : null}
              </g>
            );
          })}
        </svg>
      </div>
    </ChartFigure>
  );
}
