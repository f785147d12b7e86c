import type { PracticeCalendar, Streak } from '@/domain/progress';
import { formatMonth, plural } from '@/lib/format';

import { ChartFigure } from './ChartFigure';
import { formatLongDay, formatShortDay } from './format';
import { monthLabels } from './month-labels';

const CELL = 12;
const GAP = 3;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 16;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Month names' font size, and a generous width per letter at that size (0.62 em), so names never touch. */
const MONTH_FONT = 10;
const MONTH_CHAR_WIDTH = 6.2;
/** Fill strength for 1…4 quarters of the busiest day, on the accent colour. */
const LEVELS = [0.3, 0.5, 0.75, 1];

function level(count: number, max: number): number {
  if (count <= 0 || max <= 0) return -1;
  return Math.min(3, Math.ceil((count / max) * 4) - 1);
}

/** Answers per day for the last weeks, Monday–Sunday columns like a wall calendar turned sideways. */
export function CalendarHeatmap({
  calendar,
  streak,
  today,
}: {
  calendar: PracticeCalendar;
  streak: Streak;
  today: string;
}) {
  const { weeks, max } = calendar;
  const width = LEFT + weeks.length * STEP;
  const height = TOP + 7 * STEP;
  const from = weeks[0]![0]!.date;
  const months = monthLabels(
    weeks.map((week) => week[0]!.date),
    { step: STEP, widthOf: (monday) => formatMonth(monday).length * MONTH_CHAR_WIDTH },
  );
  const label =
    `Practice calendar, ${plural(weeks.length, 'week')} from ${formatShortDay(from)} to today: ` +
    `${plural(calendar.total, 'answer')} on ${plural(calendar.activeDays, 'day')}, at most ${max} in a day. ` +
    `Current streak ${plural(streak.current, 'day')}.`;

  return (
    <ChartFigure
      table={{
        caption: 'Answers per day, by week',
        columns: ['Week of', ...WEEKDAYS],
        rows: weeks.map((week) => [formatShortDay(week[0]!.date), ...week.map((d) => (d.future ? '' : d.count))]),
      }}
    >
      <div className="overflow-x-auto">
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${width} ${height}`}
          className="block h-auto w-full max-w-xl text-fg-muted"
        >
          {months.map(({ column, monday }) => (
            <text key={monday} x={LEFT + column * STEP} y={10} fontSize={MONTH_FONT} fill="currentColor">
              {formatMonth(monday)}
            </text>
          ))}
          {[0, 2, 4].map((d) => (
            <text key={d} x={0} y={TOP + d * STEP + CELL - 2} fontSize="10" fill="currentColor">
              {WEEKDAYS[d]}
            </text>
          ))}
          {weeks.map((week, w) =>
            week.map((day, d) => {
              if (day.future) return null;
              const l = level(day.count, max);
              const isToday = day.date === today;
              return (
                <rect
                  key={day.date}
                  x={LEFT + w * STEP}
                  y={TOP + d * STEP}
                  width={CELL}
                  height={CELL}
                  rx="2.5"
                  fill={l < 0 ? 'var(--color-surface-muted)' : 'var(--color-accent)'}
                  fillOpacity={l < 0 ? 1 : LEVELS[l]}
                  stroke={isToday ? 'var(--color-fg)' : l < 0 ? 'var(--color-border)' : 'none'}
                  strokeWidth={isToday ? 1.5 : 1}
                >
                  <title>{`${formatLongDay(day.date)}: ${plural(day.count, 'answer')}`}</title>
                </rect>
              );
            }),
          )}
        </svg>
      </div>
      <div aria-hidden="true" className="flex items-center gap-1.5 text-xs text-fg-muted">
        <span>Less</span>
        <span className="size-3 rounded-[3px] border border-border bg-surface-muted" />
        {LEVELS.map((opacity) => (
          <span key={opacity} className="size-3 rounded-[3px] bg-accent" style={{ opacity }} />
        ))}
        <span>More</span>
      </div>
    </ChartFigure>
  );
}
