import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { PartRatings, YourAnswer } from '@/features/history/ReplayBlocks';

import { makeAttempt } from '../support/practice-store';

describe('the replay’s answer blocks', () => {
  it('shows the answer as literal text, in the same words as the reveal when it was empty', () => {
    const { unmount } = render(<YourAnswer attempt={makeAttempt({ answer: 'I said <b>hi</b>' })} />);
    const answer = screen.getByRole('region', { name: 'Your answer' });
    expect(within(answer).getByText('I said <b>hi</b>')).toBeVisible();
    expect(answer.querySelector('b')).toBeNull();
    unmount();

    render(<YourAnswer attempt={makeAttempt({ answer: '  \n' })} />);
    expect(screen.getByText('You submitted an empty answer.')).toBeVisible();
  });

  it('says a skipped question was skipped', () => {
    render(<YourAnswer attempt={makeAttempt({ skipped: true, answer: '' })} />);
    expect(screen.getByText('You skipped this question.')).toBeVisible();
  });

  it('reads each part’s rating back: a level, "doesn\'t apply", or not rated', () => {
    render(
      <PartRatings attempt={makeAttempt({ ratings: { context: 'na', approach: 4, example: null, outcome: 1 } })} />,
    );
    const ratings = screen.getByRole('region', { name: 'Your ratings' });
    const value = (part: string) => within(ratings).getByText(part).nextElementSibling;
    expect(value('Context')).toHaveTextContent("Doesn't applyn/a");
    expect(value('Approach')).toHaveTextContent('Specific and measurable4/4');
    expect(value('Example')).toHaveTextContent('Not rated');
    expect(value('Outcome')).toHaveTextContent('Vague1/4');
  });
});
