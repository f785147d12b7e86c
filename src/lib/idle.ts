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

/**
 * Runs `callback` in a task of its own, as soon as the main thread is free: after the current task and
 * whatever input or rendering is waiting (a message-channel task, which unlike a `setTimeout(0)` is never
 * held back by timer clamping).
 */
export function nextTask(callback: () => void): void {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => callback();
  port2.postMessage(0);
}

/** Events that say the user has started on the page: typing, dictating, pressing anything. */
const ENGAGED = ['keydown', 'pointerdown', 'input'] as const;

/**
 * Runs `callback` once: on the user's first key press, pointer press or input, or after `delayMs`,
 * whichever comes first. Returns a cancel. For downloads a screen needs only after the user has done
 * something (the review's code, the review scheduler): fetched at once, they compete with the page's
 * own code for a slow phone's bandwidth and with its first paint for the main thread.
 */
export function whenEngaged(callback: () => void, delayMs: number): () => void {
  let done = false;
  const stop = () => {
    done = true;
    clearTimeout(timer);
    for (const type of ENGAGED) window.removeEventListener(type, fire, { capture: true });
  };
  function fire() {
    if (done) return;
    stop();
    callback();
  }
  const timer = setTimeout(fire, delayMs);
  for (const type of ENGAGED) window.addEventListener(type, fire, { capture: true, passive: true });
  return stop;
}
