import { LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

export function ReplayNotFound() {
  return (
    <StatusMessage
      title="Session not found"
      actions={
        <>
          <LinkButton to="/history">See all sessions</LinkButton>
          <LinkButton to="/practice/new" variant="secondary">
            Start a new session
          </LinkButton>
        </>
      }
    >
      <p>
        There is no session at this address in this browser. It may have been deleted; sessions are kept only on this
        device.
      </p>
    </StatusMessage>
  );
}
