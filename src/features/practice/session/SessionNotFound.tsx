import { LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

export function SessionNotFound() {
  return (
    <StatusMessage
      title="Session not found"
      actions={
        <>
          <LinkButton to="/practice/new">Start a new session</LinkButton>
          <LinkButton to="/" variant="secondary">
            Browse all guides
          </LinkButton>
        </>
      }
    >
      <p>There is no practice session at this address in this browser. Sessions are kept only on this device.</p>
    </StatusMessage>
  );
}
