/**
 * Hostile content: raw HTML, inline handlers and `javascript:` links in guide
 * markdown, in answers and notes, and in an imported file, never become
 * elements or URLs a browser would run. Guide markdown drops raw HTML and
 * script URLs; answers and notes are text, shown as typed.
 * (tests/e2e/hostile-content.spec.ts repeats the main paths in Chromium.)
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { parseGuide } from '@/content/parse-guide';
import type { Guide } from '@/content/types';
import { RevealPanel } from '@/features/practice/reveal/RevealPanel';
import { usePracticeStore } from '@/stores';

import hostileMarkdown from '../fixtures/hostile/hostile-guide.md?raw';
import hostileImport from '../fixtures/hostile/hostile-import.json?raw';
import {
  executableParts,
  expectNothingExecutable,
  installDialogPolyfill,
  makeAttempt,
  makeSession,
  renderApp,
  resetPracticeStore,
  searchEntriesOf,
  seedPracticeStore,
  stockQuestionBank,
} from '../support';

function parseHostileGuide(): Guide {
  const result = parseGuide(hostileMarkdown, 'tests/fixtures/hostile/hostile-guide.md');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return result.guide;
}

const guide = parseHostileGuide();
const [q1, q2] = guide.questions as [Guide['questions'][number], Guide['questions'][number]];

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

/** What people type or import, with every payload the guide also carries. */
const PAYLOAD = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '[click](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">a link</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '![x](javascript:window.__pwned=1)',
].join('\n');

/** Text content of `element` contains each payload line verbatim: shown as text, not interpreted. */
function expectPayloadAsText(element: HTMLElement) {
  for (const line of PAYLOAD.split('\n')) expect(element.textContent).toContain(line);
}

let restoreDialog: () => void;
beforeEach(() => {
  stockQuestionBank({ guides: [guide], searchIndex: searchEntriesOf(guide) });
  restoreDialog = installDialogPolyfill();
  resetPracticeStore();
  delete (window as { __pwned?: unknown }).__pwned;
});
afterEach(() => {
  restoreDialog();
});

describe('the hostile guide fixture', () => {
  it('really carries the payloads into what gets rendered', () => {
    const markdown = [guide.overview, ...q1.sections.map((s) => s.markdown), ...guide.notes.map((n) => n.markdown)];
    const all = markdown.join('\n');
    for (const payload of [
      '<script>',
      'onerror=',
      '](javascript:',
      'href="javascript:',
      '<iframe',
      '![diagram](javascript:',
    ]) {
      expect(all).toContain(payload);
    }
    expect(q1.text).toContain('<script>');
  });

  it('the checker itself finds executable markup (so a pass means something)', () => {
    const probe = document.createElement('div');
    probe.innerHTML =
      '<img src="x" onerror="1"><a href=" JaVa\tScRiPt:1">a</a><iframe></iframe><a href="https://example.com">ok</a>';
    expect(executableParts(probe)).toEqual(['<img onerror>', '<a href=" JaVa\tScRiPt:1">', '<iframe>']);
  });
});

// Whole-app renders in jsdom are slow on a shared machine.
describe('guide markdown is never executed', { timeout: 20_000 }, () => {
  it('guide page: overview, question list and notes show the words, not the markup', async () => {
    renderApp(`/guides/${guide.slug}`);
    const main = await screen.findByRole('main');
    expect(await within(main).findByText(/with care, and/)).toBeInTheDocument();
    expect(within(main).getByText("the role's page")).not.toHaveAttribute('href');
    expect(within(main).getByText(/with the interview\./)).toBeInTheDocument();
    // Text fields (title, question) are text: their angle brackets are shown, not parsed.
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent('Hostile Guide <img src=x onerror=');
    expect(within(main).getByText(/How do you keep <script>window.__pwned=1<\/script> out/)).toBeInTheDocument();
    expectNothingExecutable();
  });

  it('question page: the revealed model answer drops raw HTML, and script links are not links', async () => {
    const user = userEvent.setup();
    renderApp(`/questions/${q1.id}`);
    await user.click(await screen.findByRole('button', { name: 'Reveal model answer' }));
    const answer = document.getElementById(
      screen.getByRole('button', { name: 'Hide model answer' }).getAttribute('aria-controls')!,
    )!;
    expect(within(answer).getByText(/Escape all output/)).toBeVisible();
    // The link text stays; with its script URL removed it is no longer a link (not even to this page).
    expect(within(answer).getByText('the cheat sheet')).toBeVisible();
    expect(within(answer).getByText(/Never follow a script link/)).toBeVisible();
    expect(within(answer).getByText('by reference')).toBeVisible();
    expect(within(answer).queryAllByRole('link')).toEqual([]);
    expect(within(answer).getByRole('img', { name: 'diagram' })).not.toHaveAttribute('src');
    expectNothingExecutable();
  });

  it('question page: a safe link in the same guide still works', async () => {
    const user = userEvent.setup();
    renderApp(`/questions/${q2.id}`);
    await user.click(await screen.findByRole('button', { name: 'Reveal model answer' }));
    expect(screen.getByRole('link', { name: 'MDN' })).toHaveAttribute('href', 'https://developer.mozilla.org/');
  });

  it('practice reveal: the model answer beside an answer and note full of payloads', async () => {
    const user = userEvent.setup();
    seedPracticeStore({
      sessions: [
        makeSession({ questionIds: [q1.id, q2.id], settings: { ...makeSession().settings, guideSlugs: [guide.slug] } }),
      ],
      attempts: [
        makeAttempt({
          questionId: q1.id,
          guideSlug: guide.slug,
          answer: PAYLOAD,
          note: PAYLOAD,
          ratings: { context: null, approach: null, example: null, outcome: null },
          grade: null,
          ratedAt: null,
        }),
      ],
    });
    render(
      <RevealPanel
        sessionId="session-1"
        attemptId="attempt-1"
        question={q1}
        guideTitle={guide.title}
        position={{ index: 0, total: 2 }}
        onNext={() => {}}
      />,
    );
    const note = screen.getByRole('textbox', { name: /note/i });
    expect(note).toHaveValue(PAYLOAD);
    // Every model part is on screen, each beside the answer shown verbatim.
    expect(screen.getAllByText(/Escape all output/).length).toBeGreaterThan(0);
    const answerShown = screen.getAllByText(
      (_, element) => element?.textContent === PAYLOAD && element.tagName === 'P',
    );
    expect(answerShown.length).toBeGreaterThan(0);
    await user.type(note, ' <svg onload="window.__pwned=1">');
    expectNothingExecutable();
  });
});

describe('imported answers and notes are text', { timeout: 20_000 }, () => {
  it('import file → history replay and question page show them verbatim, nothing runs', async () => {
    const user = userEvent.setup();
    const router = renderApp('/data');
    await user.upload(
      await screen.findByLabelText('Choose an export file'),
      new File([hostileImport], 'hostile.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/Import complete: 5 added, 0 updated\./)).toBeInTheDocument();
    expect(Object.keys(usePracticeStore.getState().attempts)).toHaveLength(3);
    expectNothingExecutable();

    await router.navigate({ to: '/history/$sessionId', params: { sessionId: 'hostile-session-a' } });
    const questions = await screen.findByRole('list', { name: 'Questions' });
    const first = within(questions).getAllByRole('listitem')[0]!;
    expectPayloadAsText(within(first).getByRole('region', { name: 'Your answer' }));
    expectPayloadAsText(within(first).getByRole('region', { name: 'Your note' }));
    expect(within(first).getByRole('region', { name: 'Model answer' })).toHaveTextContent(/Escape all output/);
    expectNothingExecutable();

    // Two attempts at the first question: the list and the word diff between them.
    await router.navigate({ to: '/questions/$id', params: { id: q1.id } });
    const attempts = await screen.findByRole('region', { name: 'Your attempts' });
    expect(attempts).toHaveTextContent('2 attempts');
    const diff = await within(attempts).findByRole('group', { name: 'Changes from attempt 1 to attempt 2' });
    expect([...diff.querySelectorAll('ins')].map((ins) => ins.textContent)).toContainEqual(
      expect.stringContaining('another'),
    );
    // The unchanged payload lines are words in the diff too.
    expect(diff).toHaveTextContent('<script>window.__pwned=1</script>');
    expect(diff).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expectNothingExecutable();
  });
});
