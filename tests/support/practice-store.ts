import type { Attempt, PracticeSession } from '@/domain/model';
import { usePracticeStore } from '@/stores';

const initial = usePracticeStore.getState();

/**
 * The app's store is a module singleton; every test starts from its initial
 * state (no sessions, no attempts, System theme) so none sees another's data.
 * Storage counts as working (`ready`, no error): the shell shows a banner when
 * it is not, which tests of storage failures set up themselves.
 */
export function resetPracticeStore() {
  localStorage.clear();
  usePracticeStore.setState(
    {
      sessions: {},
      attempts: {},
      drafts: {},
      guides: {},
      stories: {},
      undo: null,
      settings: initial.settings,
      status: 'ready',
      storageError: null,
      setAside: 0,
      setAsideRecords: [],
    },
    false,
  );
}

export function seedPracticeStore({
  sessions = [],
  attempts = [],
}: {
  sessions?: PracticeSession[];
  attempts?: Attempt[];
}) {
  usePracticeStore.setState({
    sessions: Object.fromEntries(sessions.map((session) => [session.id, session])),
    attempts: Object.fromEntries(attempts.map((attempt) => [attempt.id, attempt])),
  });
}

// The builders live in ./records; these are their older names, kept while branches that use them merge.
export { anAttempt as makeAttempt, aSession as makeSession, ratingsScoring } from './records';
