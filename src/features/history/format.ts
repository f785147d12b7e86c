import { guides } from 'virtual:question-bank';

import { dateFormatter } from '@/lib/date-format';

export const formatDay = dateFormatter({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
export const formatTime = dateFormatter({ timeStyle: 'short' });

let titles: Map<string, string> | undefined;

/** A guide's title by slug; a guide no longer in the bank shows its slug. */
export function guideTitle(slug: string): string {
  titles ??= new Map(guides.map((guide) => [guide.slug, guide.title]));
  return titles.get(slug) ?? slug;
}

export function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
