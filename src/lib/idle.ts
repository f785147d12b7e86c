/**
 * Runs `callback` when the browser is idle, or after `timeoutMs` at the
 * latest (and soon, in browsers without `requestIdleCallback`). Returns a
 * cancel. For work that should stay out of the way of the first paint and of
 * typing: warming chunks, preparing the reveal.
 */
export function whenIdle(callback: () => void, timeoutMs = 2000): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = globalThis.requestIdleCallback(callback, { timeout: timeoutMs });
    return () => globalThis.cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}
