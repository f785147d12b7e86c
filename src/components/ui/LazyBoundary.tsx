import { Component, type ReactNode } from 'react';

import { isChunkLoadError } from '@/lib/chunk-error';

export interface LazyBoundaryProps {
  children: ReactNode;
  /** Shown instead of the children once they have failed (typically: their lazy chunk could not load). */
  fallback: ReactNode;
  onError?: (error: unknown) => void;
}

/**
 * Keeps an optional lazy part whose chunk cannot load (offline, or a new
 * version deployed) from taking the whole app down to the crash screen: it
 * shows `fallback` instead. Any other error is a bug and goes on up, as if
 * this boundary were not there.
 */
export class LazyBoundary extends Component<LazyBoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown) {
    if (isChunkLoadError(error)) this.props.onError?.(error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (!isChunkLoadError(this.state.error)) throw this.state.error;
    return this.props.fallback;
  }
}
