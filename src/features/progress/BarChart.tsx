import { formatPercent, plural } from '@/lib/format';

import { ChartFigure } from './ChartFigure';

export interface Bar {
  key: string;
  label: string;
  /** 0–100. */
  value: number;
  count: number;
}

/**
 * Horizontal bars drawn with HTML rather than SVG: labels of any length wrap
 * and the bars stretch with the layout, with no measuring.
 */
export function BarChart({ name, groupLabel, bars }: { name: string; groupLabel: string; bars: readonly Bar[] }) {
  const label = `Bar chart of ${name}, weakest first: ${bars
    .map((bar) => `${bar.label} ${formatPercent(bar.value)} (${plural(bar.count, 'answer')})`)
    .join('; ')}.`;
  return (
    <ChartFigure
      table={{
        caption: name,
        columns: [groupLabel, 'Average score', 'Rated answers'],
        rows: bars.map((bar) => [bar.label, formatPercent(bar.value), bar.count]),
      }}
    >
      <div role="img" aria-label={label} className="space-y-3">
        {bars.map((bar) => (
          <div key={bar.key} className="space-y-1">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="min-w-0 truncate font-medium" title={bar.label}>
                {bar.label}
              </span>
              <span className="shrink-0 text-fg-muted tabular-nums">
                <span className="font-semibold text-fg">{formatPercent(bar.value)}</span> · {bar.count}
              </span>
            </div>
            <div className="h-2.5 overflow-hidden rounded-full bg-surface-muted">
              <div
                className="h-full rounded-full bg-accent"
                style={{ width: `${Math.max(1, Math.min(100, bar.value))}%` }}
              />
            </div>
          </div>
        ))}
      </div>
    </ChartFigure>
  );
}
