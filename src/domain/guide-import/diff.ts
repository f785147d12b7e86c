import type { AnswerSection, Guide, Question } from '../../content/types.ts';
import type { ChangedQuestion, GuideDiff } from './types.ts';

/** Frontmatter and overview fields compared by `diffGuides`. */
const META_FIELDS = ['title', 'description', 'category', 'vertical', 'tags', 'author', 'overview'] as const;

/**
 * What replacing `old` with `next` does to its questions. Ids come from the
 * guide's slug and the question's normalised text, so a question whose text
 * is unchanged keeps its id (and its history); one whose text changed is
 * removed and added.
 */
export function diffGuides(old: Guide, next: Guide): GuideDiff {
  const before = new Map(old.questions.map((q) => [q.id, q]));
  const nextIds = new Set(next.questions.map((q) => q.id));
  const added: Question[] = [];
  const changed: ChangedQuestion[] = [];
  const unchanged: Question[] = [];
  for (const q of next.questions) {
    const was = before.get(q.id);
    if (!was) {
      added.push(q);
      continue;
    }
    const what: ChangedQuestion['what'] = [];
    if (!sameAnswer(was, q)) what.push('answer');
    if (was.category !== q.category) what.push('category');
    if (what.length > 0) changed.push({ before: was, after: q, what });
    else unchanged.push(q);
  }
  const removed = old.questions.filter((q) => !nextIds.has(q.id));
  const meta = META_FIELDS.filter((field) => JSON.stringify(old[field]) !== JSON.stringify(next[field]));
  return { added, changed, removed, unchanged, meta };
}

function sameAnswer(a: Question, b: Question): boolean {
  return (
    (a.asWritten ?? '') === (b.asWritten ?? '') &&
    a.sections.length === b.sections.length &&
    a.sections.every((s, i) => sameSection(s, b.sections[i]!))
  );
}

function sameSection(a: AnswerSection, b: AnswerSection): boolean {
  return a.kind === b.kind && a.label === b.label && a.markdown === b.markdown && (a.within ?? '') === (b.within ?? '');
}
