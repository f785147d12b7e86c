/**
 * Runs `callback` once the next frame has painted (a task queued from the
 * frame's animation callback runs after its paint); returns a cancel.
 */
export function afterPaint(callback: () => void): () => void {
  let timer: number | undefined;
  if (typeof window.requestAnimationFrame !== 'function') {
    timer = window.setTimeout(callback, 0);
    return () => window.clearTimeout(timer);
  }
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
