import type { GuideSummary } from '@/content/types';

/** Case and accents do not matter: "resume" finds "Résumé". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const wordsOf = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export interface GuideIndexEntry {
  guide: GuideSummary;
  /** The folded title, for "starts with the query". */
  title: string;
  titleWords: string[];
  tagWords: string[];
}

export function indexGuides(guides: readonly GuideSummary[]): GuideIndexEntry[] {
  return guides.map((guide) => ({
    guide,
    title: fold(guide.title),
    titleWords: wordsOf(guide.title),
    tagWords: guide.tags.flatMap(wordsOf),
  }));
}

const hasPrefix = (words: readonly string[], prefix: string) => words.some((w) => w.startsWith(prefix));

/**
 * The guides where every word of the query begins a word of the title or the
 * tags (any case, any accents: "resume" finds "Résumé"). Titles that start
 * with the query come first, then other title matches, then matches that need
 * the tags; library order within each. An empty query matches every guide.
 */
export function filterGuides(index: readonly GuideIndexEntry[], query: string): GuideSummary[] {
  const words = wordsOf(query);
  if (words.length === 0) return index.map((e) => e.guide);
  const start = words.join(' ');
  const ranked: [GuideSummary[], GuideSummary[], GuideSummary[]] = [[], [], []];
  for (const entry of index) {
    if (words.every((w) => hasPrefix(entry.titleWords, w))) {
      ranked[entry.title.startsWith(start) ? 0 : 1].push(entry.guide);
    } else if (words.every((w) => hasPrefix(entry.titleWords, w) || hasPrefix(entry.tagWords, w))) {
      ranked[2].push(entry.guide);
    }
  }
  return ranked.flat();
}
