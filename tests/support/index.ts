/**
 * Test support for app and component tests (jsdom). Pure-data tests (tests/domain)
 * import ./records directly: this barrel loads the app's router and store.
 *
 * - records: aSetup / aSession / anAttempt / aDraft builders, ratingsScoring, UNRATED
 * - practice-store: resetPracticeStore / seedPracticeStore (the app's store singleton)
 * - question-bank: the fake `virtual:question-bank` (installed per file with vi.mock) and its stock
 * - render-app: renderApp(path), the whole app on a memory history
 * - render-with-router: renderWithRouter(ui), one component under a throwaway router
 * - lazy-chunks: loadChunks('scheduler' | 'markdown' | 'reveal')
 * - paint: afterNextPaint(), to wait for work deferred until after paint
 * - sample-guides, dialog, downloads, hostile: fixtures and browser stand-ins
 */
export * from './dialog';
export * from './downloads';
export * from './hostile';
export * from './lazy-chunks';
export * from './paint';
// makeAttempt / makeSession: the older names of anAttempt / aSession, kept while branches that use them merge.
export { makeAttempt, makeSession, resetPracticeStore, seedPracticeStore } from './practice-store';
export { bank, resetQuestionBank, searchEntriesOf, stockQuestionBank, summaryOf } from './question-bank';
export * from './records';
export * from './render-app';
export * from './render-with-router';
export * from './sample-guides';
