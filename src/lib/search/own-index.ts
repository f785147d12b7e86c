/**
 * The user's own guides (with the story bank's) and attempt notes, indexed in
 * the browser with the bundled index's terms (search-terms.ts). Rebuilt only
 * when the store hands over new sources (the same object while nothing
 * changed); a few hundred questions index in a few milliseconds.
 */
import MiniSearch from 'minisearch';

import { OWN_FIELDS } from '@/content/search-format';
import { answerPlainText, processSearchTerm, searchTokenize } from '@/content/search-terms';
import type { Guide, Question } from '@/content/types';
import type { OwnNote, OwnSearchSources } from '@/lib/question-bank';

export type OwnDoc =
  | { id: string; kind: 'guide'; guide: Guide }
  | { id: string; kind: 'question'; guide: Guide; question: Question }
  | { id: string; kind: 'note'; note: OwnNote };

interface OwnIndexDoc {
  id: string;
  q?: string;
  a?: string;
  t?: string;
  d?: string;
  n?: string;
}

export interface OwnIndex {
  index: MiniSearch<OwnIndexDoc>;
  docs: Map<string, OwnDoc>;
}

const built = new WeakMap<OwnSearchSources, OwnIndex>();

export function ownIndexOf(sources: OwnSearchSources): OwnIndex {
  let own = built.get(sources);
  if (own) return own;
  const docs = new Map<string, OwnDoc>();
  const rows: OwnIndexDoc[] = [];
  for (const guide of sources.guides) {
    const id = `g:${guide.slug}`;
    docs.set(id, { id, kind: 'guide', guide });
    rows.push({ id, t: guide.title, d: [guide.description, ...guide.tags].join('\n') });
    for (const question of guide.questions) {
      const qid = `q:${question.id}`;
      docs.set(qid, { id: qid, kind: 'question', guide, question });
      rows.push({ id: qid, q: question.text, a: answerPlainText(question), t: guide.title });
    }
  }
  for (const note of sources.notes) {
    const id = `n:${note.attemptId}`;
    docs.set(id, { id, kind: 'note', note });
    rows.push({ id, n: note.note });
  }
  const index = new MiniSearch<OwnIndexDoc>({
    fields: [...OWN_FIELDS],
    tokenize: searchTokenize,
    processTerm: processSearchTerm,
  });
  index.addAll(rows);
  own = { index, docs };
  built.set(sources, own);
  return own;
}
