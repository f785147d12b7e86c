import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { GuideList, LibraryHome } from '@/features/library/GuideList';
import { GuidePage } from '@/features/library/GuidePage';

import {
  loadChunks,
  renderWithRouter,
  resetPracticeStore,
  sampleGuide,
  sampleSummaries,
  seedPracticeStore,
} from '../support';
import { anAttempt, ratingsScoring } from '../support/records';

beforeAll(() => loadChunks('markdown'));

beforeEach(() => {
  resetPracticeStore();
});

/** The text of each item of `list`, in order. */
const itemTexts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('GuideList', () => {
  it('shows one card per guide, each linking to its guide page', async () => {
    renderWithRouter(
      <LibraryHome guides={sampleSummaries} dueReview={{ start: () => {}, starting: false, error: null }} />,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
    const guides = screen.getByRole('list', { name: 'Guides' });
    const cards = within(guides).getAllByRole('article');
    expect(cards).toHaveLength(2);

    // By title when nothing has been practised.
    const title = within(cards[1]!).getByRole('heading', {
      level: 2,
      name: 'Sample Engineer Interview Preparation',
    });
    expect(within(title).getByRole('link')).toHaveAttribute('href', '/guides/sample-engineer');
    expect(screen.getByRole('link', { name: 'Product Manager Interview Preparation' })).toHaveAttribute(
      'href',
      '/guides/product-manager',
    );
  });

  it('shows description, vertical, tags and question counts per category', async () => {
    renderWithRouter(<GuideList guides={sampleSummaries} />);

    const card = (await screen.findAllByRole('article'))[0]!;
    expect(within(card).getByText('A hand-made guide for component tests.')).toBeVisible();
    expect(within(card).getByText('Software · Engineering')).toBeVisible();
    expect(within(card).getByText('3 questions')).toBeVisible();

    const byCategory = within(card).getByRole('list', { name: 'Questions by category' });
    expect(itemTexts(byCategory)).toEqual(['Technical 2', 'Behavioral 1']);

    const tags = within(card).getByRole('list', { name: 'Tags' });
    expect(itemTexts(tags)).toEqual(['Interview Prep', 'Systems']);
    // A tag filters the library by itself.
    expect(within(tags).getByRole('link', { name: /Systems/ })).toHaveAttribute('href', '/?tag=Systems');

    // A guide without tags gets no empty tag list.
    const second = screen.getAllByRole('article')[1]!;
    expect(within(second).queryByRole('list', { name: 'Tags' })).not.toBeInTheDocument();
    expect(within(second).getByText('1 question')).toBeVisible();
  });

  it('explains where guides come from when there are none', async () => {
    renderWithRouter(<GuideList guides={[]} />);

    expect(await screen.findByRole('heading', { name: 'No guides yet' })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Guides' })).not.toBeInTheDocument();
  });
});

describe('GuidePage', () => {
  it('shows the guide title, details and overview with headings nested under it', async () => {
    renderWithRouter(<GuidePage guide={sampleGuide} />);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sample Engineer Interview Preparation',
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: /all guides/i })).toHaveAttribute('href', '/');
    expect(screen.getByText('By Test Author')).toBeVisible();
    expect(screen.getByText('Updated Feb 3, 2025')).toBeVisible();

    expect(screen.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
    // The overview's "##" becomes h3 so it sits under "Overview".
    expect(screen.getByRole('heading', { level: 3, name: 'Qualifications' })).toBeVisible();
    expect(screen.getByText('Required')).toContainHTML('strong');
    // GFM tables are enabled.
    expect(screen.getByRole('cell', { name: 'Senior' })).toBeVisible();
  });

  it('lets an overview that opens with its own heading head the section', async () => {
    renderWithRouter(
      <GuidePage
        guide={{
          ...sampleGuide,
          overview: '### Required Qualifications\n\nA degree.\n\n#### Certifications\n\nNone.',
        }}
      />,
    );
    await screen.findByRole('heading', { level: 1 });

    expect(screen.queryByRole('heading', { name: 'Overview' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Required Qualifications' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Certifications' })).toBeVisible();
  });

  it('shows closing notes, without an empty heading for an untitled one', async () => {
    renderWithRouter(<GuidePage guide={sampleGuide} />);
    await screen.findByRole('heading', { level: 1 });

    expect(screen.getByRole('heading', { level: 2, name: 'Conclusion' })).toBeVisible();
    expect(screen.getByText('Good luck with the interview.')).toBeVisible();
    for (const heading of screen.getAllByRole('heading')) {
      expect(heading.textContent?.trim()).not.toBe('');
    }
  });

  it('groups questions by category in guide order, as ordered lists', async () => {
    renderWithRouter(<GuidePage guide={sampleGuide} />);
    await screen.findByRole('heading', { level: 1 });

    const categoryHeadings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(categoryHeadings).toEqual(['Overview', 'Technical', 'Behavioral', 'Conclusion']);

    const technical = screen.getByRole('list', { name: 'Technical questions' });
    expect(technical.tagName).toBe('OL');
    expect(
      within(technical)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['How do you design a rate limiter?', 'How would you debug a memory leak?']);

    const behavioral = screen.getByRole('list', { name: 'Behavioral questions' });
    expect(within(behavioral).getAllByRole('heading', { level: 3 })).toHaveLength(1);

    const jumpTo = screen.getByRole('navigation', { name: 'Question categories' });
    expect(within(jumpTo).getByRole('link', { name: 'Technical 2' })).toHaveAttribute('href', '#category-technical');
  });

  it('links every question to its own page and keeps model answers off the guide page', async () => {
    renderWithRouter(<GuidePage guide={sampleGuide} />);
    await screen.findByRole('heading', { level: 1 });

    const first = screen.getByRole('heading', { level: 3, name: 'How do you design a rate limiter?' });
    expect(within(first).getByRole('link')).toHaveAttribute('href', '/questions/sample-engineer--q1');
    // Answers would spoil practice; they are behind a reveal on the question page.
    expect(screen.queryByText(/model answer/i)).not.toBeInTheDocument();
    expect(screen.queryByText('Store counters')).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 4, name: 'Context' })).not.toBeInTheDocument();
  });

  it('offers to practise the whole guide', async () => {
    renderWithRouter(<GuidePage guide={sampleGuide} />);

    expect(await screen.findByRole('link', { name: 'Practise this guide' })).toHaveAttribute(
      'href',
      '/practice/new?guide=sample-engineer',
    );
  });

  it('shows the last score of each question once it has a rated attempt', async () => {
    seedPracticeStore({
      attempts: [
        anAttempt({ id: 'old', questionId: 'sample-engineer--q1', ratings: ratingsScoring(4), submittedAt: 1 }),
        anAttempt({ id: 'new', questionId: 'sample-engineer--q1', ratings: ratingsScoring(12), submittedAt: 2 }),
        // Skipped and unrated attempts have no score to show.
        anAttempt({ id: 'skip', questionId: 'sample-engineer--q2', skipped: true, submittedAt: 3 }),
        anAttempt({ id: 'unrated', questionId: 'sample-engineer--q3', ratedAt: null, submittedAt: 4 }),
      ],
    });
    renderWithRouter(<GuidePage guide={sampleGuide} />);
    await screen.findByRole('heading', { level: 1 });

    const item = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;
    expect(within(item('How do you design a rate limiter?')).getByText('Last: 75%')).toBeVisible();
    expect(within(item('Tell me about a conflict you resolved.')).queryByText(/^Last:/)).not.toBeInTheDocument();
    expect(within(item('How would you debug a memory leak?')).queryByText(/^Last:/)).not.toBeInTheDocument();
    expect(screen.getByText('1 of 3')).toBeVisible();
  });

  it('shows no scores before any practice', async () => {
    renderWithRouter(<GuidePage guide={sampleGuide} />);
    await screen.findByRole('heading', { level: 1 });

    expect(screen.queryByText(/^Last:/)).not.toBeInTheDocument();
    expect(screen.queryByText(/You have rated/)).not.toBeInTheDocument();
  });
});
