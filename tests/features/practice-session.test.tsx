import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import type { PracticeSession } from '@/domain/model';
import { draftKey, usePracticeStore } from '@/stores';

import {
  loadChunks,
  makeAttempt,
  makeSession,
  renderApp,
  resetPracticeStore,
  sampleGuide,
  seedPracticeStore,
} from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

beforeAll(() => loadChunks('reveal'));

const T0 = Date.UTC(2025, 4, 1, 9, 0, 0);
const SESSION_ID = 'session-1';
const Q1 = 'sample-engineer--q1';

function session(overrides: Partial<PracticeSession> = {}, settings: Partial<PracticeSession['settings']> = {}) {
  const base = makeSession({ id: SESSION_ID, questionIds: [Q1, 'sample-engineer--q2', 'sample-engineer--q3'] });
  return {
    ...base,
    currentIndex: 0,
    ...overrides,
    settings: { ...base.settings, timeLimitSec: 60, thinkTimeSec: 0, ...settings },
  } as PracticeSession;
}

const SESSION_PATH = `/practice/${SESSION_ID}`;

/** The answering screen, once it shows the first question; `unmount` takes it away again. */
async function openQuestion(path = SESSION_PATH) {
  const router = renderApp(path);
  await screen.findByRole('heading', { level: 1, name: 'How do you design a rate limiter?' }, { timeout: 5000 });
  return { router, unmount: cleanup };
}

/** Moves the wall clock; the screen's own (real) interval picks it up within a tick. */
function passTime(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

const clockRegion = () => screen.getByRole('region', { name: 'Answer clock' });
const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });
const state = () => usePracticeStore.getState();
const draft = () => state().drafts[draftKey(SESSION_ID, Q1)];
const attempts = () => Object.values(state().attempts);

beforeEach(() => {
  resetPracticeStore();
  // Only Date is faked: the screen's interval, the draft debounce and the
  // router keep real timers, so waitFor works, while time moves only when
  // the test says so.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('answering screen', () => {
  it('shows the question, its category and guide, and where it is in the session', async () => {
    seedPracticeStore({ sessions: [session({ currentIndex: 0 })] });
    await openQuestion();

    expect(screen.getByText('Technical')).toBeVisible();
    expect(screen.getByText(sampleGuide.title)).toBeVisible();
    expect(screen.getByText((_, el) => el?.tagName === 'P' && el.textContent === 'Question 1 of 3')).toBeVisible();
    expect(answerBox()).toBeVisible();
    expect(screen.getByRole('link', { name: 'Leave' })).toHaveAttribute('href', '/');
  });

  it('counts down, turns amber then red, then counts overtime, announcing each change politely', async () => {
    seedPracticeStore({ sessions: [session()] });
    await openQuestion();
    const timer = within(clockRegion()).getByRole('timer');

    expect(timer).toHaveTextContent('1:00');
    expect(timer).toHaveAccessibleName('Time left');
    expect(clockRegion()).toHaveAttribute('data-phase', 'normal');

    // A one-minute limit turns amber with 45 s left.
    passTime(15_000);
    await waitFor(() => expect(timer).toHaveTextContent('0:45'));
    expect(clockRegion()).toHaveAttribute('data-phase', 'amber');
    const live = screen.getByText('45 seconds left');
    expect(live).toHaveAttribute('aria-live', 'polite');

    passTime(15_000);
    await waitFor(() => expect(timer).toHaveTextContent('0:30'));
    expect(clockRegion()).toHaveAttribute('data-phase', 'red');
    expect(live).toHaveTextContent('30 seconds left');

    passTime(42_000);
    await waitFor(() => expect(within(clockRegion()).getByRole('timer')).toHaveTextContent('+0:12'));
    expect(clockRegion()).toHaveAttribute('data-phase', 'overtime');
    expect(within(clockRegion()).getByRole('timer')).toHaveAccessibleName('Overtime');
    expect(live).toHaveTextContent('Time is up — you are now in overtime');
    // Announcing never takes focus away from where the user is: the answer box, where it opened.
    expect(answerBox()).toHaveFocus();
  });

  it('pauses and resumes from the button and Alt+P; paused, the answer is read-only', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session()] });
    await openQuestion();
    const timer = within(clockRegion()).getByRole('timer');

    passTime(10_000);
    await waitFor(() => expect(timer).toHaveTextContent('0:50'));
    await user.click(screen.getByRole('button', { name: 'Pause' }));

    expect(state().sessions[SESSION_ID]!.pausedAt).not.toBeNull();
    expect(draft()?.elapsedMs).toBe(10_000);
    expect(answerBox()).toHaveAttribute('readonly');
    expect(answerBox()).toHaveAccessibleDescription(/Paused: resume the clock to keep answering/);
    expect(clockRegion()).toHaveAttribute('data-phase', 'paused');
    expect(await screen.findByText('Clock paused')).toBeInTheDocument();

    passTime(30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(timer).toHaveTextContent('0:50');
    await user.type(answerBox(), 'ignored');
    expect(answerBox()).toHaveValue('');

    await user.keyboard('{Alt>}p{/Alt}');
    expect(state().sessions[SESSION_ID]!.pausedAt).toBeNull();
    expect(answerBox()).not.toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeVisible();

    passTime(5_000);
    await waitFor(() => expect(within(clockRegion()).getByRole('timer')).toHaveTextContent('0:45'));
  });

  it('saves the draft while typing and restores text and time after a remount', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session()] });
    const first = await openQuestion();

    await user.type(answerBox(), 'I sized the limiter per tenant');
    await waitFor(() => expect(draft()?.text).toBe('I sized the limiter per tenant'));
    expect(draft()).toMatchObject({ source: 'typed', startedAt: T0 });
    expect(screen.getByText('6 words · about 3 s to say')).toBeVisible();

    passTime(20_000);
    first.unmount();
    expect(draft()?.elapsedMs).toBe(20_000);

    // Time away from the screen is not charged.
    passTime(60_000);
    await openQuestion();
    expect(answerBox()).toHaveValue('I sized the limiter per tenant');
    expect(within(clockRegion()).getByRole('timer')).toHaveTextContent('0:40');
  });

  it('saves at once when the page is hidden or unloaded, without waiting for the debounce', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session()] });
    await openQuestion();

    await user.type(answerBox(), 'First');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    fireEvent(document, new Event('visibilitychange'));
    expect(draft()?.text).toBe('First');
    visibility.mockRestore();

    fireEvent.change(answerBox(), { target: { value: 'First, then second' } });
    fireEvent(window, new Event('pagehide'));
    expect(draft()?.text).toBe('First, then second');
  });

  it('submits with Ctrl+Enter, recording the time taken, and shows the review in place', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session()] });
    await openQuestion();

    await user.type(answerBox(), 'Token bucket per user');
    passTime(75_000);
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(attempts()).toHaveLength(1);
    expect(attempts()[0]).toMatchObject({
      sessionId: SESSION_ID,
      questionId: Q1,
      answer: 'Token bucket per user',
      source: 'typed',
      skipped: false,
      startedAt: T0,
      durationMs: 75_000,
      timeLimitSec: 60,
      overtimeSec: 15,
    });
    expect(draft()).toBeUndefined();
    expect(screen.queryByRole('textbox', { name: 'Your answer' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /Next question/ })).toBeVisible();
  });

  it('stores, from the submit, the parts that do not fit a technical question as "doesn\'t apply", with the reason on the review', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session()] });
    await openQuestion();

    // "How do you design a rate limiter?" (Technical): its model answer has a context and an approach only.
    await user.type(answerBox(), 'Token bucket per user');
    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(attempts()[0]!.ratings).toEqual({ context: null, approach: null, example: 'na', outcome: 'na' });
    // Part of the new attempt, not a change of the user's to undo.
    expect(state().undo).toBeNull();

    const example = await screen.findByRole('checkbox', { name: "Example doesn't apply to this question" });
    expect(example).toBeChecked();
    expect(screen.getByText('A technical question: the model answer has no example part.')).toBeVisible();
    expect(screen.getByRole('checkbox', { name: "Context doesn't apply to this question" })).not.toBeChecked();
  });

  it('does not submit an empty answer, and says what to do instead', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session()] });
    await openQuestion();

    await user.click(screen.getByRole('button', { name: 'Submit answer' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write or dictate an answer first, or skip this question.');
    expect(answerBox()).toHaveFocus();
    expect(answerBox()).toBeInvalid();
    expect(attempts()).toHaveLength(0);
  });

  it('skips a question: records a skipped attempt, drops the draft and moves on without revealing', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session()] });
    await openQuestion();

    await user.type(answerBox(), 'Not sure');
    passTime(8_000);
    await user.click(screen.getByRole('button', { name: 'Skip question' }));

    expect(attempts()).toHaveLength(1);
    expect(attempts()[0]).toMatchObject({ questionId: Q1, skipped: true, answer: '', durationMs: 8_000 });
    expect(draft()).toBeUndefined();
    // A skip moves straight on: the model answer stays unseen, so retrying the question still tests you.
    expect(
      await screen.findByText((_, el) => el?.tagName === 'P' && /^Question 2 of 3$/.test(el.textContent ?? '')),
    ).toBeInTheDocument();
    expect(answerBox()).toHaveValue('');
    expect(screen.queryByRole('heading', { name: 'Compare and rate' })).not.toBeInTheDocument();
  });

  it('gives think time first, which can be cut short', async () => {
    const user = userEvent.setup();
    seedPracticeStore({ sessions: [session({}, { thinkTimeSec: 30 })] });
    await openQuestion();

    const think = screen.getByRole('region', { name: 'Think time' });
    expect(within(think).getByRole('timer')).toHaveTextContent('0:30');
    expect(screen.queryByRole('region', { name: 'Answer clock' })).not.toBeInTheDocument();

    passTime(12_000);
    await waitFor(() => expect(within(think).getByRole('timer')).toHaveTextContent('0:18'));
    expect(draft()?.startedAt ?? null).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Start answering now' }));
    expect(within(clockRegion()).getByRole('timer')).toHaveTextContent('1:00');
    await waitFor(() => expect(draft()?.startedAt).toBe(T0 + 12_000));
  });

  it('starts the clock by itself when think time runs out', async () => {
    seedPracticeStore({ sessions: [session({}, { thinkTimeSec: 10 })] });
    await openQuestion();

    passTime(10_000);
    await waitFor(() => expect(clockRegion()).toBeVisible());
    // Saved by an effect after the render that shows the clock: on a busy machine, a moment later.
    await waitFor(() => expect(draft()?.startedAt).toBe(T0 + 10_000));
    passTime(5_000);
    await waitFor(() => expect(within(clockRegion()).getByRole('timer')).toHaveTextContent('0:55'));
  });

  it('moves on to the next question from the review', async () => {
    const user = userEvent.setup();
    seedPracticeStore({
      sessions: [session()],
      attempts: [makeAttempt({ sessionId: SESSION_ID, questionId: Q1, ratedAt: null })],
    });
    await openQuestion();

    await user.click(await screen.findByRole('button', { name: /Next question/ }));
    expect(state().sessions[SESSION_ID]!.currentIndex).toBe(1);
    await screen.findByRole('heading', { level: 1, name: 'Tell me about a conflict you resolved.' });
    // Ready for the next answer: focus is in the new, empty answer box.
    expect(answerBox()).toHaveValue('');
    expect(answerBox()).toHaveFocus();
  });

  it('finishes the session after the last question and opens the summary', async () => {
    const user = userEvent.setup();
    seedPracticeStore({
      sessions: [session({ currentIndex: 2 })],
      attempts: [makeAttempt({ sessionId: SESSION_ID, questionId: 'sample-engineer--q3', skipped: true })],
    });
    const router = renderApp(SESSION_PATH);

    await user.click(await screen.findByRole('button', { name: /Finish/ }, { timeout: 5000 }));
    expect(state().sessions[SESSION_ID]!.status).toBe('completed');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${SESSION_ID}/summary`));
  });

  it('opens the summary for a completed session', async () => {
    seedPracticeStore({ sessions: [session({ status: 'completed', completedAt: T0 })] });
    const router = renderApp(SESSION_PATH);

    await waitFor(() => expect(router.state.location.pathname).toBe(`/practice/${SESSION_ID}/summary`), {
      timeout: 5000,
    });
  });

  it('says so for an unknown session, inside the app shell', async () => {
    renderApp('/practice/no-such-session');

    expect(await screen.findByRole('heading', { level: 1, name: 'Session not found' })).toBeVisible();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start a new session' })).toHaveAttribute('href', '/practice/new');
  });
});
