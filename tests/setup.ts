import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library only auto-cleans when test globals are enabled; they are not.
afterEach(() => {
  cleanup();
});

// jsdom has no layout, so it stubs scrollTo with a "Not implemented" error
// log; the router's scroll restoration calls it on every navigation.
window.scrollTo = () => {};
