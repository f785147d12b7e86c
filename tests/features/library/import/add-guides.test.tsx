/**
 * Adding guides of your own, as a user does it: choose files (good and bad
 * in one go), paste one, replace one with a newer version, and the bad input
 * the issue names (not markdown, broken YAML, too big, duplicate questions).
 * jsdom has no Worker, so the files are parsed by parse-client's main-thread
 * fallback: the same parser.
 */
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { parseGuide } from '@/content/parse-guide';
import { usePracticeStore } from '@/stores';

import { renderApp, resetPracticeStore, sampleGuide, stockQuestionBank } from '../../../support';
import { anAttempt } from '../../../support/records';

vi.mock('virtual:question-bank', () => import('../../../support/question-bank'));
vi.setConfig({ testTimeout: 20_000 });

const fixtures = import.meta.glob<string>('../../../fixtures/guide-import/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fixture = (name: string) => fixtures[`../../../fixtures/guide-import/${name}`]!;
const fileOf = (name: string, text: string, type = 'text/markdown') => new File([text], name, { type });

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ guides: [sampleGuide] });
});

const own = () => usePracticeStore.getState().guides;

async function choose(files: File[]) {
  const user = userEvent.setup({ applyAccept: false });
  await user.upload(await screen.findByLabelText('Choose guide files'), files);
  return screen.findByRole('heading', { name: 'What was found' }, { timeout: 10_000 });
}

describe('Add guides', () => {
  it('previews every file, adds the good ones and refuses each bad one with its reason and line', async () => {
    renderApp('/add-guides');
    const big = fileOf('huge.md', '');
    Object.defineProperty(big, 'size', { value: 50 * 1024 * 1024 });
    const read = vi.fn(() => Promise.resolve(''));
    Object.defineProperty(big, 'text', { value: read });
    await choose([
      fileOf('harbour-pilot.md', fixture('harbour-pilot.md')),
      fileOf('broken-yaml.md', fixture('broken-yaml.md')),
      fileOf('export.json', '{"format":"rehearse-export"}', 'application/json'),
      big,
    ]);

    const good = screen.getByRole('checkbox', { name: 'Harbour Pilot Interview Guide' });
    expect(good).toBeChecked();
    const card = good.closest('li')!;
    expect(card).toHaveTextContent('5 questions: Technical 2, Behavioral 2, Situational 1');
    expect(card).toHaveTextContent('New guide');

    const yaml = screen.getByRole('list', { name: 'Problems in broken-yaml.md' });
    expect(yaml).toHaveTextContent(/Line \d+: /);
    expect(screen.getByRole('list', { name: 'Problems in export.json' })).toHaveTextContent(
      '“export.json” is not a Markdown file',
    );
    expect(screen.getByRole('list', { name: 'Problems in huge.md' })).toHaveTextContent('over the 5 MB');
    // Refused by its size before a byte of it was read.
    expect(read).not.toHaveBeenCalled();
    expect(own()).toEqual({});

    await userEvent.setup().click(screen.getByRole('button', { name: 'Add 1 guide' }));
    expect(await screen.findByText('Added 1 guide')).toBeInTheDocument();
    expect(Object.keys(own())).toEqual(['harbour-pilot']);
    expect(own()['harbour-pilot']).toMatchObject({ origin: 'file', fileName: 'harbour-pilot.md' });
    expect(own()['harbour-pilot']!.source).toBe(fixture('harbour-pilot.md'));
  });

  it('refuses a guide whose questions are already in another guide, and changes nothing', async () => {
    const harbour = parseGuide(fixture('harbour-pilot.md'), 'harbour-pilot.md');
    if (!harbour.ok) throw new Error('fixture does not parse');
    usePracticeStore
      .getState()
      .saveUserGuides([{ guide: harbour.guide, origin: 'file', fileName: 'harbour-pilot.md', source: null }]);
    const before = own();
    renderApp('/add-guides');
    await choose([fileOf('lighthouse-keeper.md', fixture('lighthouse-keeper.md'))]);
    expect(screen.getByRole('list', { name: 'Problems in lighthouse-keeper.md' })).toHaveTextContent(
      /of its 3 questions are already in .Harbour Pilot Interview Guide./,
    );
    expect(screen.getByRole('button', { name: 'Add 0 guides' })).toBeDisabled();
    expect(own()).toBe(before);
  });

  it('adds a pasted guide under the name given', async () => {
    const user = userEvent.setup();
    renderApp('/add-guides');
    await user.click(await screen.findByText('Paste markdown instead'));
    await user.type(screen.getByLabelText('Guide name'), 'Tide planner');
    fireEvent.change(screen.getByLabelText('Guide markdown'), { target: { value: fixture('tide-planner.txt') } });
    await user.click(screen.getByRole('button', { name: 'Read pasted guide' }));
    await screen.findByRole('heading', { name: 'What was found' }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Add 1 guide' }));
    expect(await screen.findByText('Added 1 guide')).toBeInTheDocument();
    expect(own()['tide-planner']).toMatchObject({ origin: 'file', fileName: null });
  });

  it('replaces a guide with a newer version: unchanged questions keep their ids and history', async () => {
    const harbour = parseGuide(fixture('harbour-pilot.md'), 'harbour-pilot.md');
    if (!harbour.ok) throw new Error('fixture does not parse');
    usePracticeStore
      .getState()
      .saveUserGuides([{ guide: harbour.guide, origin: 'file', fileName: 'harbour-pilot.md', source: null }]);
    const kept = harbour.guide.questions.find((q) => q.text.startsWith('Tell me about a time'))!;
    const removed = harbour.guide.questions.find((q) => q.text.startsWith('What does squat mean'))!;
    const attempt = anAttempt({ id: 'kept-attempt', questionId: kept.id, guideSlug: 'harbour-pilot' });
    usePracticeStore.setState({ attempts: { [attempt.id]: attempt } });

    renderApp('/add-guides?replace=harbour-pilot');
    expect(await screen.findByRole('heading', { name: 'Replace “Harbour Pilot Interview Guide”' })).toBeVisible();
    const user = userEvent.setup({ applyAccept: false });
    // Whatever the new file is called, it is this guide's new version.
    await user.upload(
      screen.getByLabelText('Choose the new file'),
      fileOf('harbour v2 (final).md', fixture('harbour-pilot-v2.md')),
    );
    await screen.findByRole('heading', { name: 'What was found' }, { timeout: 10_000 });
    expect(screen.getByText(/Replaces your/)).toBeInTheDocument();
    expect(screen.getByText(/1 new · 1 changed · 1 removed · 3 unchanged/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Replace the guide' }));
    expect(await screen.findByText('Guide replaced')).toBeInTheDocument();
    const ids = own()['harbour-pilot']!.guide.questions.map((q) => q.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(removed.id);
    expect(ids).toHaveLength(5);
    // The answer given before stays, and still belongs to a question of the guide.
    expect(usePracticeStore.getState().attempts['kept-attempt']).toEqual(attempt);
  });
});
