/**
 * The progress page's numbers, computed once per change of the records.
 * `computeProgress` walks every attempt; with 10,000 of them that is real
 * work, so the result is kept until the sessions, the attempts, the question
 * list or the local day changes. The route's loader calls this too, so
 * preloading /progress (on hover, or when the app is idle) does the work
 * before the page is opened.
 */
import type { SearchEntry } from '@/content/types';
import type { Attempt, PracticeSession } from '@/domain/model';
import { computeProgress, localDay, type Progress, type QuestionInfo } from '@/domain/progress';
import { deliveryProgress, type DeliveryProgress } from '@/domain/progress/delivery';

export interface ProgressData {
  progress: Progress;
  /** Recorded answers' delivery: pace and fillers over time, and self-calibration. */
  delivery: DeliveryProgress;
  guideTitles: ReadonlyMap<string, string>;
}

interface Input {
  sessions: Record<string, PracticeSession>;
  attempts: Record<string, Attempt>;
  /** Every question in the library (the search index): text, category and guide. */
  questions: readonly SearchEntry[];
  now: number;
}

let lookups: {
  questions: readonly SearchEntry[];
  info: Map<string, QuestionInfo>;
  titles: Map<string, string>;
} | null = null;
let last: (Omit<Input, 'now'> & { day: number; data: ProgressData }) | null = null;

function lookupsFor(questions: readonly SearchEntry[]) {
  if (lookups?.questions === questions) return lookups;
  const info = new Map<string, QuestionInfo>();
  const titles = new Map<string, string>();
  for (const q of questions) {
    info.set(q.id, { text: q.text, category: q.category, guideSlug: q.guideSlug });
    titles.set(q.guideSlug, q.guideTitle);
  }
  lookups = { questions, info, titles };
  return lookups;
}

export function progressData({ sessions, attempts, questions, now }: Input): ProgressData {
  const day = localDay(now);
  if (
    last &&
    last.sessions === sessions &&
    last.attempts === attempts &&
    last.questions === questions &&
    last.day === day
  ) {
    return last.data;
  }
  const { info, titles } = lookupsFor(questions);
  const data = {
    progress: computeProgress({ sessions, attempts, questionInfo: (id) => info.get(id), now }),
    delivery: deliveryProgress(attempts),
    guideTitles: titles,
  };
  last = { sessions, attempts, questions, day, data };
  return data;
}
