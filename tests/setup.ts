import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

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
