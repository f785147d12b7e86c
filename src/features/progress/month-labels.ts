/**
 * Where the practice calendar's month names go. Pure, so the cases that made them overlap ("AugAug",
 * "JunJul") are unit-tested without a browser.
 *
 * A month is named over its first full week: the first column whose Monday is in it. The oldest column
 * also names its month, since that one may have started weeks before the calendar's window. A name is
 * left out when it would reach into the next one or past the calendar's right edge; the oldest column's
 * name gives way to a real month start right after it.
 */

export interface MonthLabel {
  /** The week column the label starts at. */
  column: number;
  /** The Monday that decided it (YYYY-MM-DD): its month is the label's. */
  monday: string;
}

export interface MonthLabelLayout {
  /** Horizontal distance between week columns. */
  step: number;
  /** A label's width, in the same units, from its text (the chart measures in SVG units, not pixels). */
  widthOf: (monday: string) => number;
  /** Space to keep between two labels. */
  gap?: number;
}

/** The columns to name, from the Monday of each week column (oldest first). */
export function monthLabels(mondays: readonly string[], { step, widthOf, gap = 4 }: MonthLabelLayout): MonthLabel[] {
  const candidates: MonthLabel[] = [];
  mondays.forEach((monday, column) => {
    const previous = mondays[column - 1];
    if (previous === undefined || previous.slice(0, 7) !== monday.slice(0, 7)) candidates.push({ column, monday });
  });
  const end = mondays.length * step;
  const fits = (label: MonthLabel) => label.column * step + widthOf(label.monday) <= end;
  const clear = (left: MonthLabel, right: MonthLabel) =>
    left.column * step + widthOf(left.monday) + gap <= right.column * step;

  const [first, second] = candidates;
  // The oldest column's month may be nearly over: a month that starts right after it takes the place.
  if (first && second && first.column === 0 && !clear(first, second)) candidates.shift();

  const shown: MonthLabel[] = [];
  for (const label of candidates) {
    const previous = shown.at(-1);
    if (!fits(label) || (previous && !clear(previous, label))) continue;
    shown.push(label);
  }
  return shown;
}
