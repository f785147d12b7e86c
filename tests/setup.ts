import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

import { loadMarkdownParser } from '@/components/ui/Markdown';
import { loadReveal } from '@/features/practice/reveal/lazy';
import { lazyScheduler } from '@/stores/scheduler';

import { resetQuestionBank } from './support/question-bank';

// Testing Library only auto-cleans when test globals are enabled; they are not.
afterEach(() => {
  cleanup();
});

// The fake question bank (files that render the app install it with vi.mock): every test starts
// from its default stock, with no calls recorded.
beforeEach(() => {
  resetQuestionBank();
});

// jsdom has no layout, so it stubs scrollTo with a "Not implemented" error
// log; the router's scroll restoration calls it on every navigation.
window.scrollTo = () => {};

// The app loads FSRS (a lazy chunk) on the screens that rate; tests that drive the store directly
// expect ratings to reach the schedule at once, as they do once it has arrived. The queue for a
// scheduler that has not loaded yet has its own tests (tests/stores/scheduling.test.ts).
await lazyScheduler.load();
// Component tests render hand-made guides, whose markdown was not compiled at build time: the run-time
// parser (a lazy chunk in the app) is loaded once here so those render at once, as they did before.
await loadMarkdownParser();
// The review screen is a lazy chunk the answering screen fetches in idle time; loaded once here so a
// test's Submit shows the review at once, as it does in the app after the first moments.
await loadReveal();
