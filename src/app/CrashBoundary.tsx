import { Component, lazy, type ReactNode, Suspense } from 'react';

import { LazyBoundary } from '@/components/ui/LazyBoundary';

// The crash screen and its rescue actions are a lazy chunk: the first page should not carry them.
const CrashScreen = lazy(() => import('./CrashScreen').then((module) => ({ default: module.CrashScreen })));

/**
 * What shows if the crash screen itself cannot load (offline, or a new
 * version was deployed and the old chunk is gone): the essentials, with no
 * code of its own to fetch.
 */
function CrashFallback() {
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-2xl flex-col justify-center gap-4 px-4 py-10 sm:px-6">
      <h1 className="text-2xl font-semibold tracking-tight">Rehearse stopped working</h1>
      <p className="text-fg-muted">
        Something in the app went wrong. What you saved in this browser is still there. Reloading usually fixes it.
      </p>
      <p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 text-sm font-semibold text-accent-fg"
        >
          Reload
        </button>
      </p>
    </main>
  );
}

interface CrashBoundaryProps {
  children: ReactNode;
  afterReset?: () => void;
}

/** The app's last line: around the router, so a failure in the shell itself still leaves a way out. */
export class CrashBoundary extends Component<CrashBoundaryProps, { failed: boolean; error: unknown }> {
  override state = { failed: false, error: null as unknown };

  // React itself logs the error with its component stack.
  static getDerivedStateFromError(error: unknown) {
    return { failed: true, error };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <LazyBoundary fallback={<CrashFallback />}>
        {/* The chunk is small and usually cached by then; an empty moment beats a flash of a second screen. */}
        <Suspense fallback={null}>
          <CrashScreen error={this.state.error} afterReset={this.props.afterReset} />
        </Suspense>
      </LazyBoundary>
    );
  }
}
