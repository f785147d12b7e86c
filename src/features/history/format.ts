import { guides } from 'virtual:question-bank';

const whenFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });
const dayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('en', { timeStyle: 'short' });

export const formatWhen = (timestamp: number) => whenFormat.format(new Date(timestamp));
export const formatDay = (timestamp: number) => dayFormat.format(new Date(timestamp));
export const formatTime = (timestamp: number) => timeFormat.format(new Date(timestamp));

let titles: Map<string, string> | undefined;

/** A guide's title by slug; a guide no longer in the bank shows its slug. */
export function guideTitle(slug: string): string {
  titles ??= new Map(guides.map((guide) => [guide.slug, guide.title]));
  return titles.get(slug) ?? slug;
}

export function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
