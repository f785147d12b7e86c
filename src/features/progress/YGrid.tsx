/** The plot margins the progress charts share, so their axes line up when stacked. */
export const CHART_MARGIN = { top: 12, right: 14, bottom: 28, left: 40 };

/** Horizontal grid lines with their value labels on the left: solid at 0, dashed above. */
export function YGrid({
  ticks,
  y,
  plotWidth,
  label,
}: {
  ticks: readonly number[];
  y: (value: number) => number;
  plotWidth: number;
  label: (tick: number) => string;
}) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line
        x1={CHART_MARGIN.left}
        x2={CHART_MARGIN.left + plotWidth}
        y1={y(tick)}
        y2={y(tick)}
        stroke="var(--color-border)"
        strokeDasharray={tick === 0 ? undefined : '3 3'}
      />
      <text x={CHART_MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="currentColor">
        {label(tick)}
      </text>
    </g>
  ));
}
