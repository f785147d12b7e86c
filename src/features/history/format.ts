import { guides } from 'virtual:question-bank';

import { dateFormatter } from '@/lib/date-format';

const whenFormat = dateFormatter({ dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = dateFormatter({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = dateFormatter({ timeStyle: 'short' });

export const formatWhen = (timestamp: number) => whenFormat(timestamp);
export const formatDay = (timestamp: number) => dayFormat(timestamp);
export const formatTime = (timestamp: number) => timeFormat(timestamp);

let titles: Map<string, string> | undefined;

/** A guide's title by slug; a guide no longer in the bank shows its slug. */
export function guideTitle(slug: string): string {
  titles ??= new Map(guides.map((guide) => [guide.slug, guide.title]));
  return titles.get(slug) ?? slug;
}

export function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
