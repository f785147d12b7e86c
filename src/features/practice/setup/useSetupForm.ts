import { useNavigate } from '@tanstack/react-router';
import { useReducer, useRef, useState, type FormEvent } from 'react';

import type { GuideSummary } from '@/content/types';
import { usePracticeStore } from '@/stores';

import { lastPractisedGuide } from './prefill';
import type { PinnedQuestion, SetupSearch } from './search';
import {
  deriveSetup,
  initSetupForm,
  loadFailure,
  NOTHING_MATCHES,
  pinnedQuestionIds,
  sessionSettings,
  setupReducer,
  setupToRemember,
  validateSetup,
} from './setup-form';
import { chooseQuestions } from './start';

interface UseSetupFormOptions {
  guides: readonly GuideSummary[];
  search: SetupSearch;
  pinned: readonly PinnedQuestion[];
  missing: number;
}

function focusFirst(fieldset: HTMLFieldSetElement | null) {
  (fieldset?.querySelector<HTMLElement>('input') ?? fieldset?.querySelector<HTMLElement>('button'))?.focus();
}

/**
 * The setup form: its state (see `setupReducer`), what it adds up to, and
 * `start`, which validates, focuses the first problem or creates the session,
 * remembers the setup and opens the session.
 */
export function useSetupForm({ guides, search, pinned, missing }: UseSetupFormOptions) {
  const navigate = useNavigate();
  const createSession = usePracticeStore((s) => s.createSession);
  const setLastSetup = usePracticeStore((s) => s.setLastSetup);
  const lastSetup = usePracticeStore((s) => s.settings.lastSetup);
  // The form starts from the stored setup once; later store changes must not overwrite what the user is editing.
  const [lastPractised] = useState(() => lastPractisedGuide(usePracticeStore.getState().attempts));
  const [state, dispatch] = useReducer(
    setupReducer,
    { guides, lastSetup, search, pinned, missing, lastPractised },
    initSetupForm,
  );

  const guidesRef = useRef<HTMLFieldSetElement>(null);
  const categoriesRef = useRef<HTMLFieldSetElement>(null);
  const countRef = useRef<HTMLInputElement>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);

  function fail(message: string) {
    dispatch({ type: 'startFailed', message });
    formErrorRef.current?.focus();
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (state.starting) return;
    const found = validateSetup(state);
    dispatch({ type: 'submit' });
    if (found.guides) return focusFirst(guidesRef.current);
    if (found.categories) return focusFirst(categoriesRef.current);
    if (found.count) return countRef.current?.focus();

    const settings = sessionSettings(state);
    try {
      const questionIds = state.pinned.length > 0 ? pinnedQuestionIds(state) : await chooseQuestions(settings);
      if (questionIds.length === 0) return fail(NOTHING_MATCHES);
      const sessionId = createSession(settings, questionIds);
      setLastSetup(setupToRemember(state, settings, lastSetup));
      await navigate({ to: '/practice/$sessionId', params: { sessionId } });
    } catch (error) {
      fail(loadFailure(error));
    }
  }

  return {
    state,
    dispatch,
    derived: deriveSetup(state),
    guidesRef,
    categoriesRef,
    countRef,
    formErrorRef,
    onSubmit: (event: FormEvent) => void start(event),
  };
}

export type SetupForm = ReturnType<typeof useSetupForm>;
