import { LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

export function StoryNotFound() {
  return (
    <StatusMessage title="Story not found" actions={<LinkButton to="/stories">Your stories</LinkButton>}>
      <p>There is no story at this address. It may have been deleted, here or in another tab.</p>
    </StatusMessage>
  );
}
