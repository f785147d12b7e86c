import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { AnswerText, NO_TRANSCRIPT_NOTE } from '@/components/answer/AnswerText';

describe('AnswerText with nothing written', () => {
  it('says the answer was empty, or, for a recorded one, that the words are in the recording', () => {
    const { rerender } = render(<AnswerText answer="  " />);
    expect(screen.getByText('You submitted an empty answer.')).toBeVisible();
    rerender(<AnswerText answer="" emptyNote={NO_TRANSCRIPT_NOTE} />);
    expect(screen.getByText(/No transcript for this answer: play the recording/)).toBeVisible();
    expect(screen.queryByText('You submitted an empty answer.')).not.toBeInTheDocument();
  });
});
