import { LinkButton } from '@/components/ui/Button';
import { StatusMessage } from '@/components/ui/StatusMessage';

export function QuestionNotFound() {
  return (
    <StatusMessage title="Question not found" actions={<LinkButton to="/">Browse all guides</LinkButton>}>
      <p>
        There is no question at this address. Its guide may have been renamed, or the question reworded — search the
        library for it.
      </p>
    </StatusMessage>
  );
}
