/** A guide's page reminds the user which behavioural and situational questions have no story yet. */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { renderApp, resetPracticeStore, sampleGuide, stockQuestionBank } from '../../support';
import { aStory, seedStories } from './story-fixtures';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

const behavioural = sampleGuide.questions.filter((q) => /behaviou?ral|situational/i.test(q.category));

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ guides: [sampleGuide] });
});

describe('story coverage on a guide page', () => {
  it('says nothing while the user keeps no stories', async () => {
    seedStories([]);
    renderApp(`/guides/${sampleGuide.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: sampleGuide.title })).toBeVisible();
    expect(screen.queryByText(/no story linked yet/)).not.toBeInTheDocument();
  });

  it('counts the behavioural and situational questions with no story linked', async () => {
    expect(behavioural.length).toBeGreaterThan(0);
    seedStories([aStory({ questionIds: [behavioural[0]!.id] })]);
    renderApp(`/guides/${sampleGuide.slug}`);
    const total = behavioural.length;
    const text =
      total === 1
        ? 'Every behavioural and situational question here has a story linked.'
        : `${total - 1} of ${total} behavioural and situational questions here ${total - 1 === 1 ? 'has' : 'have'} no story linked yet.`;
    expect(await screen.findByText(text, { exact: false })).toBeVisible();
  });

  it('counts every one while no story is linked', async () => {
    seedStories([aStory()]);
    renderApp(`/guides/${sampleGuide.slug}`);
    const total = behavioural.length;
    const what = total === 1 ? 'behavioural or situational question' : 'behavioural and situational questions';
    expect(
      await screen.findByText(
        `${total} of ${total} ${what} here ${total === 1 ? 'has' : 'have'} no story linked yet.`,
        {
          exact: false,
        },
      ),
    ).toBeVisible();
  });
});
