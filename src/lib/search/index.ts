/**
 * TEMPORARY stub of the search API (contract-17), so the search UI builds and
 * can be clicked through before the `search-engine` helper's index lands.
 * A plain scan: every question's text and model answer, every guide's title
 * and description; words ANDed, prefix match on every word. Drop at merge.
 */
import type { Guide } from '@/content/types';
import { loadGuide, loadSearchIndex } from '@/lib/question-bank';

export type SearchField = 'question' | 'answer' | 'guide' | 'note';
export interface SearchHit {
  kind: 'question' | 'guide';
  id: string;
  guideSlug: string;
  guideTitle: string;
  category: string;
  number: number;
  text: string;
  score: number;
  fields: SearchField[];
  terms: string[];
  mine: boolean;
}
export interface SearchResults {
  query: string;
  hits: SearchHit[];
}

export const MIN_QUERY_LENGTH = 2;

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const words = (text: string) =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

let guidesPending: Promise<Guide[]> | undefined;
function allGuides(): Promise<Guide[]> {
  guidesPending ??= loadSearchIndex()
    .then((entries) => Promise.all([...new Set(entries.map((e) => e.guideSlug))].map((slug) => loadGuide(slug))))
    .then((guides) => guides.filter((g): g is Guide => Boolean(g)))
    .catch((error: unknown) => {
      guidesPending = undefined;
      throw error;
    });
  return guidesPending;
}

const answerText = (guide: Guide, id: string) =>
  guide.questions
    .find((q) => q.id === id)
    ?.sections.map((s) => s.markdown)
    .join('\n') ?? '';

function match(text: string, terms: string[]): string[] | null {
  const found = new Set<string>();
  const ws = words(text);
  for (const term of terms) {
    const hits = ws.filter((w) => w.startsWith(term));
    if (hits.length === 0) return null;
    hits.forEach((w) => found.add(w));
  }
  return [...found];
}

export async function searchBank(query: string): Promise<SearchResults> {
  const terms = words(query);
  if (terms.join('').length < MIN_QUERY_LENGTH) return { query, hits: [] };
  const guides = await allGuides();
  const hits: SearchHit[] = [];
  for (const guide of guides) {
    const inGuide = match(`${guide.title} ${guide.description} ${guide.tags.join(' ')}`, terms);
    if (inGuide)
      hits.push({
        kind: 'guide',
        id: guide.slug,
        guideSlug: guide.slug,
        guideTitle: guide.title,
        category: '',
        number: 0,
        text: guide.description,
        score: 3,
        fields: ['guide'],
        terms: inGuide,
        mine: false,
      });
    for (const question of guide.questions) {
      const inText = match(question.text, terms);
      const inAnswer = match(answerText(guide, question.id), terms);
      if (!inText && !inAnswer) continue;
      const fields: SearchField[] = [];
      if (inText) fields.push('question');
      if (inAnswer) fields.push('answer');
      hits.push({
        kind: 'question',
        id: question.id,
        guideSlug: guide.slug,
        guideTitle: guide.title,
        category: question.category,
        number: question.number,
        text: question.text,
        score: inText ? 2 : 1,
        fields,
        terms: [...new Set([...(inText ?? []), ...(inAnswer ?? [])])],
        mine: false,
      });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  return { query, hits };
}

export async function snippetFor(hit: SearchHit): Promise<string | null> {
  if (hit.kind !== 'question' || !hit.fields.includes('answer')) return null;
  const guide = await loadGuide(hit.guideSlug);
  const text = guide
    ? answerText(guide, hit.id)
        .replace(/[#*_>`]/g, '')
        .replace(/\s+/g, ' ')
    : '';
  const at = fold(text).search(new RegExp(hit.terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')));
  if (at < 0) return null;
  const start = Math.max(0, at - 60);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 190).trim()}…`;
}

export function highlightRuns(text: string, terms: readonly string[]): { text: string; match: boolean }[] {
  const folded = terms.map(fold).filter(Boolean);
  if (folded.length === 0) return [{ text, match: false }];
  const runs: { text: string; match: boolean }[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (part === '') continue;
    const isMatch = /[\p{L}\p{N}]/u.test(part) && folded.some((t) => fold(part).startsWith(t));
    const last = runs.at(-1);
    if (last && last.match === isMatch && !isMatch) last.text += part;
    else runs.push({ text: part, match: isMatch });
  }
  return runs;
}
