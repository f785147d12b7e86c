import type { ReactNode } from 'react';

import { LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

interface NoSessionProps {
  title: string;
  /** A second way out, to the library. */
  backLabel?: string;
  children: ReactNode;
}

/** A session that cannot be shown or continued: why, and a way to start a new one. */
export function NoSession({ title, backLabel, children }: NoSessionProps) {
  return (
    <StatusMessage
      title={title}
      actions={
        <>
          <LinkButton to="/practice/new">Start a new session</LinkButton>
          {backLabel ? (
            <LinkButton to="/" variant="secondary">
              {backLabel}
            </LinkButton>
          ) : null}
        </>
      }
    >
      <p>{children}</p>
    </StatusMessage>
  );
}

export function SessionNotFound() {
  return (
    <NoSession title="Session not found" backLabel="Browse all guides">
      There is no practice session at this address in this browser. Sessions are kept only on this device.
    </NoSession>
  );
}

/** The session was in the store and is not any more (removed in another tab, say). */
export function SessionGone() {
  return <NoSession title="This session is gone">It may have been removed from this browser’s storage.</NoSession>;
}
