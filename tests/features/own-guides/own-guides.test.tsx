import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { questionId } from '@/content/ids';
import type { Guide } from '@/content/types';
import { usePracticeStore } from '@/stores';

import {
  installDialogPolyfill,
  loadChunks,
  renderApp,
  resetPracticeStore,
  sampleGuide,
  stockQuestionBank,
} from '../../support';
import { anAttempt } from '../../support/records';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));
// Whole-app flows that type into several fields: slower than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

let uninstallDialog: () => void;
beforeAll(async () => {
  uninstallDialog = installDialogPolyfill();
  await loadChunks('markdown');
});
afterAll(() => uninstallDialog());

beforeEach(() => {
  resetPracticeStore();
  usePracticeStore.setState({ guides: {}, stories: {} });
  stockQuestionBank({ guides: [sampleGuide] });
});

const ownGuides = () => usePracticeStore.getState().guides;

/** A written guide of the user's own, stored as the editor would store it. */
function seedWrittenGuide(slug: string, title: string, texts: string[]): Guide {
  const guide: Guide = {
    slug,
    title,
    description: '',
    category: '',
    vertical: '',
    tags: [],
    pubDate: null,
    modDate: null,
    author: '',
    overview: '',
    questions: texts.map((text, index) => ({
      id: questionId(slug, text),
      number: index + 1,
      category: 'Technical',
      text,
      sections: [],
      asWritten: '',
      keyTerms: [],
      line: 0,
    })),
    notes: [],
  };
  usePracticeStore.getState().saveUserGuides([{ guide, origin: 'written', fileName: null, source: null }]);
  return guide;
}

describe('writing your own question', () => {
  it('saves it to "My questions", shows it on its guide page and in the library as yours', async () => {
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('link', { name: 'Write your own question' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Write your own question' })).toBeVisible();

    await user.type(screen.getByRole('textbox', { name: 'Question' }), 'How would you shard a user table?');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Problem-Solving');
    await user.type(screen.getByRole('textbox', { name: 'Approach' }), 'Pick a **shard key** first.');

    // The preview renders the parts as the review does.
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('How would you shard a user table?')).toBeVisible();
    const approach = await within(preview).findByRole('region', { name: 'Approach' });
    expect(within(approach).getByText('shard key').tagName).toBe('STRONG');

    await user.click(screen.getByRole('button', { name: 'Save question' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My questions' })).toBeVisible();
    expect(await screen.findByRole('region', { name: 'Your guide' })).toHaveTextContent('Written in Rehearse');
    const list = screen.getByRole('list', { name: 'Problem-Solving questions' });
    expect(within(list).getByRole('link', { name: 'How would you shard a user table?' })).toBeVisible();

    const stored = ownGuides()['my-questions']!;
    expect(stored.origin).toBe('written');
    expect(stored.guide.questions).toEqual([
      expect.objectContaining({
        id: questionId('my-questions', 'How would you shard a user table?'),
        number: 1,
        category: 'Problem-Solving',
        sections: [{ kind: 'approach', label: 'Approach', markdown: 'Pick a **shard key** first.' }],
        asWritten: '**Approach:**\n\nPick a **shard key** first.',
      }),
    ]);

    await user.click(screen.getByRole('link', { name: 'All guides' }));
    const card = (await screen.findByRole('link', { name: 'My questions' })).closest('article')!;
    expect(within(card).getByText('Yours')).toBeVisible();
    const bundled = screen.getByRole('link', { name: sampleGuide.title }).closest('article')!;
    expect(within(bundled).queryByText('Yours')).toBeNull();

    // The "Yours" filter keeps only the user's guides.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Yours (1)');
    await waitFor(() => expect(screen.queryByRole('link', { name: sampleGuide.title })).toBeNull());
    expect(screen.getByRole('link', { name: 'My questions' })).toBeVisible();
  });

  it('refuses a second question with the same text in one guide', async () => {
    seedWrittenGuide('my-questions', 'My questions', ['Why this company?']);
    const user = userEvent.setup();
    renderApp('/write');

    await user.type(await screen.findByRole('textbox', { name: 'Question' }), 'why this company');
    await user.click(screen.getByRole('button', { name: 'Save question' }));

    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveAccessibleDescription(
      '“My questions” already has this question.',
    );
    expect(ownGuides()['my-questions']!.guide.questions).toHaveLength(1);
  });

  it('edits a question in place, keeping its id so its history stays', async () => {
    const guide = seedWrittenGuide('my-questions', 'My questions', ['Why this company?', 'What is a closure?']);
    const [first] = guide.questions;
    const user = userEvent.setup();
    renderApp('/guides/my-questions');

    await user.click(await screen.findByRole('link', { name: 'Edit question 1' }));
    const text = await screen.findByRole('textbox', { name: 'Question' });
    expect(text).toHaveValue('Why this company?');
    await user.clear(text);
    await user.type(text, 'Why do you want to join us?');
    await user.type(screen.getByRole('textbox', { name: 'Outcome' }), 'An offer.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('link', { name: 'Why do you want to join us?' })).toHaveAttribute(
      'href',
      `/questions/${first!.id}`,
    );
    const questions = ownGuides()['my-questions']!.guide.questions;
    expect(questions.map((q) => [q.id, q.number, q.text])).toEqual([
      [first!.id, 1, 'Why do you want to join us?'],
      [guide.questions[1]!.id, 2, 'What is a closure?'],
    ]);
    expect(questions[0]!.sections).toEqual([{ kind: 'outcome', label: 'Outcome', markdown: 'An offer.' }]);
  });

  it('deletes a question after asking, renumbering the rest', async () => {
    seedWrittenGuide('my-questions', 'My questions', ['A first question?', 'A second question?']);
    const user = userEvent.setup();
    renderApp('/guides/my-questions');

    await user.click(await screen.findByRole('button', { name: 'Delete question 1' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this question?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete question' }));

    await waitFor(() => expect(screen.queryByRole('link', { name: 'A first question?' })).toBeNull());
    expect(ownGuides()['my-questions']!.guide.questions.map((q) => [q.number, q.text])).toEqual([
      [1, 'A second question?'],
    ]);
  });
});

describe('pasting a list of questions', () => {
  it('adds the new ones, leaving out headings and what the guide already has', async () => {
    seedWrittenGuide('my-questions', 'My questions', ['Tell me about yourself.']);
    const user = userEvent.setup();
    renderApp('/guides/my-questions');

    const paste = await screen.findByRole('region', { name: 'Paste a list of questions' });
    await user.type(
      within(paste).getByRole('textbox', { name: 'Questions' }),
      'Interview questions:{Enter}1. Tell me about yourself{Enter}- Why this team?{Enter}Q3: How do you test?',
    );
    await user.selectOptions(
      within(paste).getByRole('combobox', { name: 'Category for these questions' }),
      'Behavioral',
    );
    expect(within(paste).getByText('2 questions will be added (1 already there).')).toBeVisible();

    await user.click(within(paste).getByRole('button', { name: 'Add 2 questions' }));

    expect(await within(paste).findByText('2 questions added.')).toBeVisible();
    const behavioral = screen.getByRole('list', { name: 'Behavioral questions' });
    expect(
      within(behavioral)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Why this team?', 'How do you test?']);
    expect(ownGuides()['my-questions']!.guide.questions.map((q) => [q.number, q.category, q.sections])).toEqual([
      [1, 'Technical', []],
      [2, 'Behavioral', []],
      [3, 'Behavioral', []],
    ]);
  });
});

describe('guides of your own', () => {
  it('gives a new guide a slug no other guide has', async () => {
    seedWrittenGuide('sample-engineer-2', 'Old one', []);
    const user = userEvent.setup();
    renderApp('/');

    await user.click(await screen.findByRole('button', { name: 'New guide of your own' }));
    const dialog = screen.getByRole('dialog', { name: 'New guide of your own' });
    // "Sample Engineer" is the bundled guide's slug, and "-2" is taken by one of the user's.
    await user.type(within(dialog).getByRole('textbox', { name: 'Guide name' }), 'Sample Engineer');
    await user.click(within(dialog).getByRole('button', { name: 'Create guide' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sample Engineer' })).toBeVisible();
    expect(ownGuides()['sample-engineer-3']?.guide.title).toBe('Sample Engineer');
    expect(screen.getByRole('heading', { name: 'No questions yet' })).toBeVisible();
  });

  it('deletes a guide after asking, keeps its attempts, and Undo brings it back', async () => {
    const guide = seedWrittenGuide('career-change', 'Career change', ['Why switch now?']);
    usePracticeStore.setState({
      attempts: {
        a1: anAttempt({ id: 'a1', questionId: guide.questions[0]!.id, guideSlug: 'career-change' }),
      },
    });
    const user = userEvent.setup();
    const router = renderApp('/guides/career-change');

    await user.click(await screen.findByRole('button', { name: 'Delete guide' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Career change”?' });
    expect(dialog).toHaveTextContent('Your answers to them stay in history.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete guide' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview guides' })).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(ownGuides()['career-change']).toBeUndefined();
    expect(screen.queryByRole('link', { name: 'Career change' })).toBeNull();
    expect(usePracticeStore.getState().attempts.a1).toBeDefined();
    expect(screen.getByText('“Career change” deleted.')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Undo' }));

    expect(await screen.findByRole('link', { name: 'Career change' })).toBeVisible();
    expect(ownGuides()['career-change']?.guide.questions).toHaveLength(1);
    expect(screen.getByText('“Career change” restored.')).toBeVisible();
  });
});

describe('practising a written question', () => {
  it('starts a session of it from the practice setup', async () => {
    seedWrittenGuide('my-questions', 'My questions', ['How do you prioritise a backlog?']);
    const user = userEvent.setup();
    renderApp('/practice/new?guide=my-questions');

    await screen.findByRole('heading', { level: 1, name: 'Practice session' });
    expect(screen.getByRole('checkbox', { name: /My questions/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start practice' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'How do you prioritise a backlog?' }, { timeout: 5000 }),
    ).toBeVisible();
  });
});
