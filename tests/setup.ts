import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';

import { loadChunks } from './support/lazy-chunks';
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

// Lazy chunks (FSRS, the markdown parser, the review screen) are loaded by the files that need them
// (support/lazy-chunks.ts). The store's tests drive ratings through the app's store and expect the
// schedule to follow at once, as it does once FSRS has arrived: loaded here for tests/stores/ until
// those files load it themselves.
if (expect.getState().testPath?.includes('/tests/stores/')) await loadChunks('scheduler');
