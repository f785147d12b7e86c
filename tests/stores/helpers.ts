import { questionId } from '@/content/ids';
import type { Guide } from '@/content/types';
import type { Attempt, SessionSettings } from '@/domain/model';
import { createPracticeStore, type PracticeStoreOptions } from '@/stores';
import type { KeyValueStorage } from '@/stores/persistence/local';

export const SETUP: SessionSettings = {
  guideSlugs: ['guide-a', 'guide-b'],
  categories: [],
  count: 3,
  order: 'guide',
  timeLimitSec: 120,
  thinkTimeSec: 0,
  input: 'type',
};

export const Q1 = 'guide-a--tell-me-about-a-conflict-0abc123';
export const Q2 = 'guide-a--describe-a-failure-0def456';
export const Q3 = 'guide-b--why-this-role-0aaa999';

/**
 * An attempt as version 1 of the app stored it (before a rating could be 'na'), written out
 * field by field on purpose: it must keep that old shape when anAttempt follows the current one.
 */
export function version1Attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    schemaVersion: 1,
    id: 'old-attempt',
    sessionId: 'old-session',
    questionId: Q1,
    guideSlug: 'guide-a',
    answer: 'Back then',
    source: 'typed',
    startedAt: 1_600_000_000_000,
    submittedAt: 1_600_000_050_000,
    durationMs: 50_000,
    timeLimitSec: 120,
    overtimeSec: 0,
    skipped: false,
    ratings: { context: 3, approach: 3, example: 3, outcome: 3 },
    practicesCovered: [],
    pitfallsHit: [],
    hints: null,
    grade: null,
    gradeOverridden: false,
    note: '',
    ratedAt: 1_600_000_060_000,
    ...overrides,
  };
}

/** A Map-backed Storage, optionally failing on chosen writes. */
export function memoryStorage(failOn: (key: string, value: string) => boolean = () => false) {
  const data = new Map<string, string>();
  const storage: KeyValueStorage & { data: Map<string, string>; fail: (key: string, value: string) => boolean } = {
    data,
    fail: failOn,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      if (storage.fail(key, value)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return storage;
}

export function testClock(start = 1_700_000_000_000) {
  const clock = { t: start, now: () => clock.t, tick: (ms = 1000) => (clock.t += ms) };
  return clock;
}

let stores = 0;

/**
 * A store with its own clock, ids, localStorage stand-in and (unless given)
 * its own IndexedDB name, so tests never see each other's data.
 */
export function makeStore(options: PracticeStoreOptions = {}) {
  const clock = testClock();
  const prefix = `s${++stores}`;
  let n = 0;
  // An explicit `storage: undefined` means "the real default" (window.localStorage).
  const storage = 'storage' in options ? options.storage : memoryStorage();
  const store = createPracticeStore({
    now: clock.now,
    newId: () => `${prefix}-${++n}`,
    dbName: `test-${prefix}-${Math.random().toString(36).slice(2)}`,
    ...options,
    storage,
  });
  return { store, clock, storage };
}

/**
 * A store holding one saved record of every kind: a session of Q1 and Q2, Q1 answered (`answer`)
 * and rated Good, so scheduled, Q2 skipped, and a plan for guide-a.
 */
/** A guide of the user's own: one question with a model answer. */
export function ownGuide(slug = 'my-guide'): Guide {
  const text = 'How do you plan a partner launch?';
  return {
    slug,
    title: 'My guide',
    description: '',
    category: '',
    vertical: '',
    tags: [],
    pubDate: null,
    modDate: null,
    author: '',
    overview: '',
    notes: [],
    questions: [
      {
        id: questionId(slug, text),
        number: 1,
        category: 'Technical',
        text,
        sections: [{ kind: 'approach', label: 'Approach', markdown: 'Start from the partner’s goals.' }],
        keyTerms: [],
        line: 3,
      },
    ],
  };
}

export async function practisedStore(dbName: string, answer: string) {
  const tab = makeStore({ dbName });
  const s = tab.store.getState();
  const sessionId = s.createSession(SETUP, [Q1, Q2]);
  s.updateDraft(sessionId, Q1, { text: answer });
  const rated = s.submitAnswer(sessionId, Q1, { durationMs: 30_000, timeLimitSec: 120, overtimeSec: 0 });
  const ratings = { context: 3, approach: 3, example: 3, outcome: 3 } as const;
  tab.store.getState().rateAttempt(rated, { ratings, grade: 'good', ratedAt: tab.clock.tick() });
  tab.store.getState().skipQuestion(sessionId, Q2);
  tab.store.getState().setInterviewDate('guide-a', '2030-06-01');
  tab.store
    .getState()
    .saveUserGuides([{ guide: ownGuide(), origin: 'file', fileName: 'My guide.md', source: '# My guide' }]);
  tab.store.getState().saveStory({
    title: 'Won back a key account',
    situation: 'Our largest partner was about to leave.',
    task: 'Keep them.',
    action: 'Ran a joint plan with their team.',
    result: 'Renewed for 3 years, +20% revenue.',
    tags: ['partnerships'],
    numbers: '3 years, 20%',
    questionIds: [Q1],
  });
  const recorded = await tab.store.getState().saveRecording({
    attemptId: rated,
    blob: new Blob([new Uint8Array([26, 69, 223, 163, 1, 2, 3])], { type: 'audio/webm;codecs=opus' }),
    mimeType: 'audio/webm;codecs=opus',
    durationMs: 30_000,
    peaks: [0.1, 0.6, 0.3],
  });
  if (recorded !== null) throw new Error(`practisedStore: the recording was not saved: ${recorded}`);
  await tab.store.getState().flush();
  return { ...tab, dbName, sessionId, rated };
}
