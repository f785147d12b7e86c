import { dateFormatter } from '@/lib/format';
import { guides } from 'virtual:question-bank';

/** A time of day: "2:05 PM". (Days are `@/lib/format`'s `formatDay(x, { weekday: true })`.) */
export const formatTime = dateFormatter({ timeStyle: 'short' });

let titles: Map<string, string> | undefined;

/** A guide's title by slug; a guide no longer in the bank shows its slug. */
export function guideTitle(slug: string): string {
  titles ??= new Map(guides.map((guide) => [guide.slug, guide.title]));
  return titles.get(slug) ?? slug;
}
