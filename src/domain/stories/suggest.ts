/**
 * Which of the user's stories might answer a question: the overlap between
 * what the question asks (its text's content words and its model answer's key
 * terms) and what the story is about (its tags, title and STAR text). A tag is
 * the user saying what the story is for, so it weighs most; a word that says
 * little by itself ("team", "project") counts for half when only the body has
 * it. Stories below `MIN_SUGGESTION_SCORE` are not suggested at all: better
 * no suggestion than a list of unrelated ones.
 */
import type { Question } from '@/content/types';

import { contentTerms, type Term } from './terms';
import type { StoryFields } from './types';

export interface StorySuggestion {
  storyId: string;
  score: number;
  /** The story's words that matched, strongest first, for "matches: stakeholder, negotiation". */
  matched: string[];
}

export interface SuggestOptions {
  /** At most this many suggestions (3 unless given). */
  limit?: number;
}

/** Where in the story a word was found, and what that is worth. */
export const FIELD_WEIGHT = { tag: 3, title: 2, body: 1 } as const;
/** A word of the model answer's key terms is more telling than one of the question's own wording. */
const KEY_TERM_WEIGHT = 1.5;
const TEXT_WEIGHT = 1;
/** A word in both the question and its key terms. */
const BOTH_WEIGHT = 2;
const VAGUE_BODY_FACTOR = 0.5;
/**
 * The least a suggestion scores: one tag that is a word of the question (3),
 * a title word that is a key term (3), or three distinct words in the body.
 */
export const MIN_SUGGESTION_SCORE = 3;

/** The question's words by stem, with what each is worth. */
function questionTerms(question: Question): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of contentTerms(question.text).keys()) out.set(key, TEXT_WEIGHT);
  for (const key of contentTerms(question.keyTerms.join('\n')).keys()) {
    out.set(key, out.has(key) ? BOTH_WEIGHT : KEY_TERM_WEIGHT);
  }
  return out;
}

interface StoryTerms {
  tag: Map<string, Term>;
  title: Map<string, Term>;
  body: Map<string, Term>;
}

function storyTerms(story: StoryFields): StoryTerms {
  return {
    tag: contentTerms(story.tags.join('\n')),
    title: contentTerms(story.title),
    body: contentTerms([story.situation, story.task, story.action, story.result, story.numbers].join('\n')),
  };
}

/** How well a story fits a question, and by which words; null when nothing matches. */
export function scoreStory(question: Question, story: StoryFields): StorySuggestion | null {
  return scoreTerms(questionTerms(question), story);
}

function scoreTerms(wanted: Map<string, number>, story: StoryFields): StorySuggestion | null {
  const terms = storyTerms(story);
  const hits: { word: string; points: number }[] = [];
  for (const [key, weight] of wanted) {
    const tag = terms.tag.get(key);
    const title = terms.title.get(key);
    const body = terms.body.get(key);
    let hit: { word: string; points: number } | null = null;
    if (tag) hit = { word: tag.word, points: weight * FIELD_WEIGHT.tag };
    else if (title) hit = { word: title.word, points: weight * FIELD_WEIGHT.title };
    else if (body) {
      hit = { word: body.word, points: weight * FIELD_WEIGHT.body * (body.vague ? VAGUE_BODY_FACTOR : 1) };
    }
    if (hit) hits.push(hit);
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => b.points - a.points || a.word.localeCompare(b.word));
  const score = Math.round(hits.reduce((sum, h) => sum + h.points, 0) * 100) / 100;
  return { storyId: story.id, score, matched: [...new Set(hits.map((h) => h.word))] };
}

/**
 * Stories that might answer `question`, best first (ties: the more recently
 * edited story first). Stories already linked to it are left out, and so is
 * any story scoring under `MIN_SUGGESTION_SCORE`.
 */
export function suggestStories(
  question: Question,
  stories: readonly StoryFields[],
  { limit = 3 }: SuggestOptions = {},
): StorySuggestion[] {
  const wanted = questionTerms(question);
  const updated = new Map(stories.map((s) => [s.id, s.updatedAt]));
  return stories
    .filter((s) => !s.questionIds.includes(question.id))
    .map((s) => scoreTerms(wanted, s))
    .filter((s): s is StorySuggestion => s !== null && s.score >= MIN_SUGGESTION_SCORE)
    .sort((a, b) => b.score - a.score || (updated.get(b.storyId) ?? 0) - (updated.get(a.storyId) ?? 0))
    .slice(0, Math.max(0, limit));
}
