import { afterEach, describe, expect, it, vi } from 'vitest';

import { type createAppRouter, preloadWhenIdle, WARM_FROM_ATTEMPTS } from '@/app/router';

type AppRouter = ReturnType<typeof createAppRouter>;

/** Just what preloadWhenIdle uses of the router: where it is, and preloadRoute. */
function fakeRouter(pathname: string) {
  const preloadRoute = vi.fn((_options: { to: string }) => Promise.resolve(undefined));
  const router = { state: { location: { pathname } }, preloadRoute } as unknown as AppRouter;
  return { router, preloadRoute };
}

describe('preloadWhenIdle', () => {
  afterEach(() => vi.unstubAllGlobals());

  function runIdleCallbacksAtOnce() {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      callback();
      return 1;
    });
  }

  it('warms History and Progress when idle once the history is long enough', () => {
    runIdleCallbacksAtOnce();
    const { router, preloadRoute } = fakeRouter('/');
    preloadWhenIdle(router, WARM_FROM_ATTEMPTS);
    expect(preloadRoute.mock.calls.map(([options]) => options)).toEqual([{ to: '/history' }, { to: '/progress' }]);
  });

  it('leaves a short history to the links’ own preload, so the first page loads with less work', () => {
    runIdleCallbacksAtOnce();
    const { router, preloadRoute } = fakeRouter('/');
    preloadWhenIdle(router, WARM_FROM_ATTEMPTS - 1);
    preloadWhenIdle(router, 0);
    expect(preloadRoute).not.toHaveBeenCalled();
  });

  it('does nothing while a practice session is on screen, however long the history', () => {
    runIdleCallbacksAtOnce();
    const { router, preloadRoute } = fakeRouter('/practice/abc');
    preloadWhenIdle(router, 10_000);
    expect(preloadRoute).not.toHaveBeenCalled();
  });
});
