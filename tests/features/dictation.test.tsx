import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { nextSource } from '@/features/practice/dictation/source';
import {
  appendDictated,
  type SpeechRecognitionErrorEventLike,
  type SpeechRecognitionEventLike,
} from '@/features/practice/dictation/speech';
import { draftKey, usePracticeStore } from '@/stores';

import { makeSession, renderApp, resetPracticeStore, seedPracticeStore } from '../support';

vi.mock('virtual:question-bank', () => import('../support/question-bank'));

/** Stands in for the browser's SpeechRecognition; tests drive its events by hand. */
class FakeRecognition {
  static instances: FakeRecognition[] = [];
  static latest() {
    const instance = FakeRecognition.instances.at(-1);
    if (!instance) throw new Error('No recognition was started');
    return instance;
  }

  lang = '';
  continuous = false;
  interimResults = false;
  onresult: ((event: SpeechRecognitionEventLike) => void) | null = null;
  onerror: ((event: SpeechRecognitionErrorEventLike) => void) | null = null;
  onend: (() => void) | null = null;
  started = false;
  stopped = false;

  constructor() {
    FakeRecognition.instances.push(this);
  }
  start() {
    this.started = true;
  }
  stop() {
    this.stopped = true;
    queueMicrotask(() => this.onend?.());
  }
  abort() {
    this.stopped = true;
  }

  /** One result event: phrases from `resultIndex` on, each final or not. */
  hear(phrases: [text: string, isFinal: boolean][]) {
    const results = phrases.map(([transcript, isFinal]) => Object.assign([{ transcript }], { isFinal }));
    act(() => this.onresult?.({ resultIndex: 0, results }));
  }
  fail(error: string) {
    act(() => {
      this.onerror?.({ error });
      this.onend?.();
    });
  }
}

/** A Chrome with on-device recognition installed for the language. */
class OnDeviceRecognition extends FakeRecognition {
  static available = vi.fn(() => Promise.resolve('available' as const));
  processLocally = false;
}

type SpeechGlobals = { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown };
const speechWindow = window as unknown as SpeechGlobals;

const SESSION_ID = 'session-1';
const Q1 = 'sample-engineer--q1';
const draft = () => usePracticeStore.getState().drafts[draftKey(SESSION_ID, Q1)];

async function openQuestion(input: 'type' | 'voice' = 'type', thinkTimeSec: 0 | 30 = 0) {
  const base = makeSession({ id: SESSION_ID, questionIds: [Q1], currentIndex: 0 });
  seedPracticeStore({ sessions: [{ ...base, settings: { ...base.settings, thinkTimeSec, input } }] });
  renderApp(`/practice/${SESSION_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'How do you design a rate limiter?' }, { timeout: 5000 });
}

const answerBox = () => screen.getByRole('textbox', { name: 'Your answer' });

beforeEach(() => {
  resetPracticeStore();
  FakeRecognition.instances = [];
  OnDeviceRecognition.available.mockClear();
});

afterEach(() => {
  delete speechWindow.SpeechRecognition;
  delete speechWindow.webkitSpeechRecognition;
});

describe('dictation', () => {
  it('shows words as they are heard, appends settled ones to the answer, and marks it dictated', async () => {
    const user = userEvent.setup();
    speechWindow.webkitSpeechRecognition = FakeRecognition;
    await openQuestion();

    await user.click(screen.getByRole('button', { name: 'Dictate' }));
    const recognition = FakeRecognition.latest();
    expect(recognition).toMatchObject({ started: true, continuous: true, interimResults: true, lang: 'en-US' });
    expect(screen.getByRole('button', { name: 'Stop dictation' })).toHaveAccessibleDescription(
      /Listening….*may send the audio to its speech service/,
    );

    recognition.hear([['token bucket', false]]);
    expect(screen.getByText('token bucket…')).toBeVisible();
    expect(answerBox()).toHaveValue('');

    recognition.hear([
      ['Token bucket per user.', true],
      ['With', false],
    ]);
    expect(answerBox()).toHaveValue('Token bucket per user.');
    expect(screen.getByText('With…')).toBeVisible();
    await waitFor(() => expect(draft()).toMatchObject({ text: 'Token bucket per user.', source: 'dictated' }));

    // The dictated text is ordinary text: editing it by hand makes the answer mixed.
    await user.type(answerBox(), ' Then burst limits.');
    await waitFor(() => expect(draft()).toMatchObject({ source: 'mixed' }));
    expect(answerBox()).toHaveValue('Token bucket per user. Then burst limits.');
  });

  it('adds dictation after typed text with a space, making the answer mixed', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion();

    await user.type(answerBox(), 'First I measured');
    await user.click(screen.getByRole('button', { name: 'Dictate' }));
    FakeRecognition.latest().hear([['the p99 latency', true]]);

    expect(answerBox()).toHaveValue('First I measured the p99 latency');
    await waitFor(() => expect(draft()?.source).toBe('mixed'));
  });

  it('starts and stops with Alt+M', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion();

    await user.keyboard('{Alt>}m{/Alt}');
    const recognition = FakeRecognition.latest();
    expect(recognition.started).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop dictation' })).toBeVisible();

    await user.keyboard('{Alt>}m{/Alt}');
    expect(recognition.stopped).toBe(true);
    expect(screen.getByRole('button', { name: 'Dictate' })).toBeVisible();
  });

  it('stops listening when the clock is paused', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion();

    await user.click(screen.getByRole('button', { name: 'Dictate' }));
    await user.click(screen.getByRole('button', { name: 'Pause' }));

    expect(FakeRecognition.latest().stopped).toBe(true);
    const mic = screen.getByRole('button', { name: 'Dictate' });
    expect(mic).toHaveAttribute('aria-disabled', 'true');
    await user.click(mic);
    expect(FakeRecognition.instances).toHaveLength(1);
  });

  it('explains a blocked microphone, and typing still works', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion();

    await user.click(screen.getByRole('button', { name: 'Dictate' }));
    FakeRecognition.latest().fail('not-allowed');

    expect(screen.getByRole('alert')).toHaveTextContent('Microphone access is blocked');
    const mic = screen.getByRole('button', { name: 'Dictate' });
    expect(mic).toHaveAccessibleDescription(/Microphone access is blocked/);
    // Not auto-restarted: it would only fail again.
    expect(FakeRecognition.instances).toHaveLength(1);

    await user.type(answerBox(), 'Typed instead');
    expect(answerBox()).toHaveValue('Typed instead');
  });

  it('keeps the microphone button where the browser has no speech recognition, and says why', async () => {
    const user = userEvent.setup();
    await openQuestion('voice');

    const mic = screen.getByRole('button', { name: 'Dictate' });
    expect(mic).toHaveAttribute('aria-disabled', 'true');
    expect(mic).toHaveAccessibleDescription(/this browser does not offer/);
    expect(mic).toHaveAttribute('title', expect.stringMatching(/does not offer/));

    await user.click(mic);
    await user.keyboard('{Alt>}m{/Alt}');
    expect(screen.queryByRole('button', { name: 'Stop dictation' })).not.toBeInTheDocument();

    await user.type(answerBox(), 'Typing works');
    expect(answerBox()).toHaveValue('Typing works');
  });

  it('recognises on the device when the browser can, and says the audio stays there', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = OnDeviceRecognition;
    await openQuestion();

    const mic = screen.getByRole('button', { name: 'Dictate' });
    await waitFor(() => expect(mic).toHaveAccessibleDescription(/recognised on this device/));
    expect(OnDeviceRecognition.available).toHaveBeenCalledWith({ langs: ['en-US'], processLocally: true });

    await user.click(mic);
    expect(FakeRecognition.latest()).toMatchObject({ started: true, processLocally: true });
  });
});

describe('dictation when answering by voice', () => {
  it('starts listening by itself when the question opens', async () => {
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion('voice');

    await waitFor(() => expect(FakeRecognition.instances).toHaveLength(1));
    expect(FakeRecognition.latest().started).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop dictation' })).toHaveAccessibleDescription(/Listening…/);
    FakeRecognition.latest().hear([['Token bucket per user.', true]]);
    expect(answerBox()).toHaveValue('Token bucket per user.');
  });

  it('waits for think time to end', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion('voice', 30);

    expect(screen.getByRole('region', { name: 'Think time' })).toBeVisible();
    expect(FakeRecognition.instances).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Dictate' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Start answering now' }));
    await waitFor(() => expect(FakeRecognition.instances).toHaveLength(1));
    expect(screen.getByRole('button', { name: 'Stop dictation' })).toBeVisible();
  });

  it('stays off once the user stops it', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion('voice');
    await waitFor(() => expect(FakeRecognition.instances).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Stop dictation' }));
    expect(FakeRecognition.latest().stopped).toBe(true);
    // Typing re-renders the screen: still nothing starts on its own.
    await user.type(answerBox(), 'Typed instead');
    expect(screen.getByRole('button', { name: 'Dictate' })).toBeVisible();
    expect(FakeRecognition.instances).toHaveLength(1);
  });

  it('stays off when the user started and stopped it during think time', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion('voice', 30);

    await user.click(screen.getByRole('button', { name: 'Dictate' }));
    await user.click(screen.getByRole('button', { name: 'Stop dictation' }));
    await user.type(answerBox(), 'Typed instead');
    expect(screen.getByRole('region', { name: 'Answer clock' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Dictate' })).toBeVisible();
    expect(FakeRecognition.instances).toHaveLength(1);
  });

  it('explains a blocked microphone once, without trying again', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion('voice');
    await waitFor(() => expect(FakeRecognition.instances).toHaveLength(1));

    FakeRecognition.latest().fail('not-allowed');
    expect(screen.getByRole('button', { name: 'Dictate' })).toHaveAccessibleDescription(/Microphone access is blocked/);
    await user.type(answerBox(), 'Typed instead');
    expect(FakeRecognition.instances).toHaveLength(1);
  });

  it('listens again when the clock resumes after a pause', async () => {
    const user = userEvent.setup();
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion('voice');
    await waitFor(() => expect(FakeRecognition.instances).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(FakeRecognition.latest().stopped).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(FakeRecognition.instances).toHaveLength(2);
    expect(FakeRecognition.latest().started).toBe(true);
  });

  it('does not start in a typed session', async () => {
    speechWindow.SpeechRecognition = FakeRecognition;
    await openQuestion('type');
    await screen.findByRole('button', { name: 'Dictate' });
    expect(FakeRecognition.instances).toHaveLength(0);
  });
});

describe('dictation text rules', () => {
  it('joins dictated phrases with exactly one space', () => {
    expect(appendDictated('', '  hello ')).toBe('hello');
    expect(appendDictated('I said', 'hello')).toBe('I said hello');
    expect(appendDictated('I said\n', 'hello')).toBe('I said\nhello');
    expect(appendDictated('Unchanged', '   ')).toBe('Unchanged');
  });

  it('lets the first words decide the source and any other kind make it mixed', () => {
    expect(nextSource('typed', '', 'dictated')).toBe('dictated');
    expect(nextSource('dictated', '  ', 'typed')).toBe('typed');
    expect(nextSource('dictated', 'words', 'dictated')).toBe('dictated');
    expect(nextSource('dictated', 'words', 'typed')).toBe('mixed');
    expect(nextSource('typed', 'words', 'dictated')).toBe('mixed');
    expect(nextSource('mixed', 'words', 'typed')).toBe('mixed');
  });
});
