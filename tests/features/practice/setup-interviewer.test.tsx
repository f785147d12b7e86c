import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { SAMPLE_QUESTION } from '@/features/practice/setup/InterviewerFields';
import { recordingSettings, usePracticeStore } from '@/stores';

import { renderApp, resetPracticeStore, sampleGuide, sampleSummaries, stockQuestionBank } from '../../support';
import { type FakeSynth, fakeVoice, installFakeSpeech } from './interviewer/fake-speech';

vi.mock('virtual:question-bank', () => import('../../support/question-bank'));

let synth: FakeSynth;

beforeEach(() => {
  resetPracticeStore();
  stockQuestionBank({ guides: [sampleGuide], summaries: sampleSummaries });
  synth = installFakeSpeech();
  synth.voices = [fakeVoice('Samantha', 'en-US', true), fakeVoice('Daniel', 'en-GB')];
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function setupScreen() {
  renderApp('/practice/new');
  await screen.findByRole('heading', { level: 1, name: 'Practice session' });
}

const answerBy = () => screen.getByRole('group', { name: 'Answer by' });
const inputRadio = (name: string) => within(answerBy()).getByRole('radio', { name: new RegExp(`^${name}`) });
const settings = () => recordingSettings(usePracticeStore.getState().settings);

describe('setup: the interviewer', () => {
  it('offers Interviewer beside Typing and Voice, with its hint', async () => {
    await setupScreen();
    expect(
      within(answerBy())
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual([
      'TypingWrite your answer',
      'VoiceSpeak; your words are typed for you',
      'InterviewerThe question is read aloud; you answer out loud, recorded',
    ]);
  });

  it('shows the interviewer settings only when Interviewer is chosen', async () => {
    const user = userEvent.setup();
    await setupScreen();
    expect(screen.queryByRole('group', { name: 'The interviewer' })).not.toBeInTheDocument();

    await user.click(inputRadio('Interviewer'));
    const panel = await screen.findByRole('group', { name: 'The interviewer' });
    expect(within(panel).getByRole('combobox', { name: 'Voice' })).toHaveValue('');
    expect(within(panel).getByRole('radio', { name: /^1×/ })).toBeChecked();
    expect(within(panel).getByRole('checkbox', { name: 'Say when 30 seconds are left' })).not.toBeChecked();

    // The panel's chunk has loaded by now, so an absence here is not a lazy part still on its way.
    await user.click(inputRadio('Voice'));
    expect(screen.queryByRole('group', { name: 'The interviewer' })).not.toBeInTheDocument();
    await user.click(inputRadio('Typing'));
    expect(screen.queryByRole('group', { name: 'The interviewer' })).not.toBeInTheDocument();
  });

  it('says that a spoken answer stays on this device, for Voice and Interviewer only', async () => {
    const user = userEvent.setup();
    await setupScreen();
    expect(screen.queryByText(/recorded and kept on this device only/)).not.toBeInTheDocument();
    await user.click(inputRadio('Voice'));
    expect(answerBy()).toHaveAccessibleDescription(/recorded and kept on this device only/);
    await user.click(inputRadio('Interviewer'));
    expect(answerBy()).toHaveAccessibleDescription(/read aloud.*recorded and kept on this device only/);
  });

  it('lists the browser’s voices, page language first, and saves the choices for next time', async () => {
    const user = userEvent.setup();
    await setupScreen();
    await user.click(inputRadio('Interviewer'));
    const voice = await screen.findByRole('combobox', { name: 'Voice' });
    expect(
      within(voice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Browser default', 'Samantha (en-US)', 'Daniel (en-GB)']);

    await user.selectOptions(voice, 'Daniel (en-GB)');
    await user.click(screen.getByRole('radio', { name: /^1\.2×/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Say when 30 seconds are left' }));
    expect(settings()).toMatchObject({ voice: 'Daniel', rate: 1.2, cue: true });

    await user.selectOptions(voice, 'Browser default');
    expect(settings().voice).toBeNull();
  });

  it('lists voices that arrive after the page opened', async () => {
    synth.voices = [];
    const user = userEvent.setup();
    await setupScreen();
    await user.click(inputRadio('Interviewer'));
    const voice = await screen.findByRole('combobox', { name: 'Voice' });
    expect(within(voice).getAllByRole('option')).toHaveLength(1);
    expect(voice).toHaveAccessibleDescription(/has not listed its voices yet/);

    synth.setVoices([fakeVoice('Karen', 'en-AU')]);
    await waitFor(() => expect(within(voice).getAllByRole('option')).toHaveLength(2));
  });

  it('keeps a saved voice this browser lacks, and says the default reads instead', async () => {
    usePracticeStore.getState().setRecordingSettings({ voice: 'Moira' });
    const user = userEvent.setup();
    await setupScreen();
    await user.click(inputRadio('Interviewer'));
    const voice = await screen.findByRole('combobox', { name: 'Voice' });
    expect(voice).toHaveValue('Moira');
    expect(voice).toHaveAccessibleDescription(/not in this browser/);
  });

  it('reads a sample question with the chosen voice and rate, and stops it', async () => {
    usePracticeStore.getState().setRecordingSettings({ voice: 'Daniel', rate: 0.8 });
    const user = userEvent.setup();
    await setupScreen();
    await user.click(inputRadio('Interviewer'));
    await user.click(await screen.findByRole('button', { name: 'Try the voice' }));

    await waitFor(() => expect(synth.spoken).toHaveLength(1));
    expect(SAMPLE_QUESTION).toContain(synth.texts[0]);
    expect(synth.spoken[0]!.voice?.name).toBe('Daniel');
    expect(synth.spoken[0]!.rate).toBe(0.8);

    await user.click(screen.getByRole('button', { name: 'Stop the sample' }));
    expect(await screen.findByRole('button', { name: 'Try the voice' })).toBeInTheDocument();
    expect(synth.cancelCalls).toBe(1);
    expect(synth.spoken).toHaveLength(1);
  });

  it('says when the cue needs a time limit over 30 seconds', async () => {
    const user = userEvent.setup();
    await setupScreen();
    await user.click(inputRadio('Interviewer'));
    const cue = await screen.findByRole('checkbox', { name: 'Say when 30 seconds are left' });
    expect(cue).toHaveAccessibleDescription(/once in each answer/);
    await user.click(
      within(screen.getByRole('group', { name: 'Time per answer' })).getByRole('radio', { name: 'Off' }),
    );
    expect(cue).toHaveAccessibleDescription(/Only with a time per answer over 30 seconds/);
  });

  it('says plainly when the browser cannot read aloud, and still offers the mode', async () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('speechSynthesis', undefined);
    const user = userEvent.setup();
    await setupScreen();
    await user.click(inputRadio('Interviewer'));
    expect(
      await screen.findByText('This browser cannot read questions aloud; you will read them on screen.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Voice' })).not.toBeInTheDocument();
    expect(inputRadio('Interviewer')).toBeChecked();
  });
});
