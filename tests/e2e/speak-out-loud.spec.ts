/**
 * Practise out loud (issue 16), as a user meets it, in Chromium with a fake microphone:
 *
 * - espeak-ng says a known answer (fillers "um", "you know", "basically") with two ~3 s silences at known
 *   places; sox joins it into a WAV that Chromium plays as the microphone (`--use-file-for-fake-audio-capture`).
 * - Setup → "Interviewer": the question is read aloud (speechSynthesis, spied on so it ends at once), the
 *   recording starts by itself, a fake SpeechRecognition types the answer's words, the mic records for the
 *   WAV's length, then Stop & submit.
 * - The reveal plays a recording of the WAV's length (±10%); the delivery card shows the two long pauses
 *   where they were inserted (±0.3 s) and words and fillers per minute exactly as the transcript and the
 *   measured speaking time give them.
 * - A reload on the reveal still plays; History replays it; "Your data" exports with the recordings (.zip),
 *   clears everything, imports the zip, and the replay plays again.
 *
 * This spec launches its own Chromium (the fake-microphone flags need the WAV to exist at launch, and the
 * other specs must not get a microphone). The labels it looks for are all in `UI` below.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  type Browser,
  type BrowserContext,
  chromium,
  expect,
  type Locator,
  type Page,
  test,
  type TestInfo,
} from '@playwright/test';
import { unzipSync } from 'fflate';

import { type AnswerWav, makeAnswerWav } from '../../scripts/speech-wav.ts';
import { PHONE_390_VIEWS, rateAll, readStores, reloadApp, shootViews } from './support';

/** Every name, label and wording this journey relies on, in one place (the contract's labels where it has them). */
const UI = {
  questionsField: 'Questions',
  inputGroup: 'Answer by',
  /** The tile's name is its label followed by its hint. */
  interviewerChoice: /^Interviewer\b/,
  thinkGroup: 'Think time first',
  thinkOff: 'Off',
  start: 'Start practice',
  stopAndSubmit: /^(Stop (&|and) submit|Submit answer)$/,
  revealHeading: 'Compare and rate',
  /** The player's play button (the contract's "Play your answer"; History and the question page say "this answer" or "this attempt"). */
  play: /^Play (your answer|this answer|this attempt)$/,
  /** While playing, the same button may be renamed. */
  pause: /^Pause( your answer)?$/,
  seek: 'Seek',
  /** A toggle named by its speed ("Playback speed 1×"), or a "1.5×" button or radio. */
  speed: /^(Playback speed \d(\.\d)?×|1\.5×)$/,
  /** The delivery card on the reveal: a section named by its heading. */
  deliveryCard: 'Your delivery',
  /** The card's figures: each figure's label, then its value (no space between them in the text content). */
  paceText: /Pace\s*(\d+(?:\.\d+)?) words a minute/,
  fillersText: /Fillers\s*(\d+) fillers?, (\d+(?:\.\d+)?) a minute/,
  pausesText: /Long pauses\s*(\d+), longest (\d+(?:\.\d+)?) s/,
  /** "At 0:04 (3.0 s), 0:11 (3.0 s)": where each long pause starts (m:ss, cut to the second) and how long. */
  pausePlace: /(\d+):(\d{2}) \((\d+(?:\.\d+)?) s\)/g,
  rating: '3 Specific',
  finish: 'Finish',
  nav: 'Main',
  history: 'History',
  sessionRows: 'Sessions',
  replayQuestions: 'Questions',
  yourData: 'Your data',
  exportWithAudio: /^Export.*(recordings|audio)/i,
  clearAll: 'Clear all data…',
  clearDialog: 'Delete all your data?',
  clearConfirmField: /type delete to confirm/,
  clearConfirm: 'Delete everything',
  cleared: 'All practice data was deleted from this browser.',
  noSessions: 'No sessions yet',
  importFile: /Choose an export file/,
  importConfirm: 'Import',
  importDone: /Import complete/,
} as const;

/** The app's IndexedDB stores (contract: metadata in 'recordings', the blobs in 'audio', both keyed by attemptId). */
const STORES = { attempts: 'attempts', recordings: 'recordings', audio: 'audio' } as const;

/**
 * The answer, as the WAV says it and as the fake recognition hears it. Plain words only (no digits, hyphens
 * or apostrophes), so any sensible word count agrees; no "like", hedge or repeated word.
 */
const SPOKEN = [
  'Um, at my last job our partner pipeline had stalled, you know.',
  'So I basically set up a scorecard and ran a pilot with two vendors.',
  'Um, we signed one of them and onboarding took four weeks instead of six.',
] as const;
/** Silence before the first word (absorbs the moment between the microphone opening and the recorder starting). */
const LEAD_SILENCE_MS = 600;
/** The inserted silences, between the three sentences: over the 2 s of a long pause even after rounding. */
const GAP_MS = 3000;
const EXPECTED_FILLERS: Record<string, number> = { um: 2, 'you know': 1, basically: 1 };

/** Words as the transcript figures count them: runs of letters (and digits, apostrophes), fillers included. */
function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}']+/gu)?.length ?? 0;
}

const TRANSCRIPT = SPOKEN.join(' ');
const WORDS = countWords(TRANSCRIPT);
const FILLERS = Object.values(EXPECTED_FILLERS).reduce((a, b) => a + b, 0);

/** How long before the WAV's end Stop & submit is clicked: about what a click takes to land. */
const CLICK_LEAD_MS = 300;
/** Pause and duration tolerances from the issue. */
const PAUSE_TOLERANCE_MS = 300;
const DURATION_TOLERANCE = 0.1;

interface Probe {
  utterances: { text: string; rate: number; voice: string | null; at: number }[];
  /** performance.now() when each getUserMedia call resolved (Chromium's fake file starts when the device opens). */
  streamsOpenedAt: number[];
  recorderStartedAt: number[];
  recognitionStarts: number;
  /** Every media element the page played, newest last (the player may use one that is not in the DOM). */
  media: HTMLMediaElement[];
}

/**
 * Installed before the app's scripts. Records what the page does with the microphone, the recorder, speech
 * synthesis and media elements (in `window.__e2e`), makes speechSynthesis finish each utterance at once, and
 * stands in for SpeechRecognition: the first session started hears the answer's sentences, one final result
 * each, at `heardAtMs` after it starts (when each ends in the WAV). Chromium's own recognition needs Google's servers, closed here.
 */
function installFakes({ sentences, heardAtMs }: { sentences: string[]; heardAtMs: number[] }) {
  const probe: Probe = {
    utterances: [],
    streamsOpenedAt: [],
    recorderStartedAt: [],
    recognitionStarts: 0,
    media: [],
  };
  Object.assign(window, { __e2e: probe });

  const devices = navigator.mediaDevices;
  if (devices?.getUserMedia) {
    const getUserMedia = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      if (stream.getAudioTracks().length > 0) probe.streamsOpenedAt.push(performance.now());
      return stream;
    };
  }
  if (typeof MediaRecorder !== 'undefined') {
    const start = MediaRecorder.prototype.start;
    MediaRecorder.prototype.start = function (this: MediaRecorder, timeslice?: number) {
      start.call(this, timeslice);
      probe.recorderStartedAt.push(performance.now());
    };
  }
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    probe.media = [...probe.media.filter((m) => m !== this), this];
    return play.call(this);
  };

  const synth = window.speechSynthesis;
  if (synth) {
    const fire = (utterance: SpeechSynthesisUtterance, type: 'start' | 'end') => {
      let event: Event;
      try {
        event = new SpeechSynthesisEvent(type, { utterance, elapsedTime: type === 'end' ? 50 : 0 });
      } catch {
        event = new Event(type);
      }
      utterance.dispatchEvent(event);
    };
    synth.speak = (utterance: SpeechSynthesisUtterance) => {
      probe.utterances.push({
        text: utterance.text,
        rate: utterance.rate,
        voice: utterance.voice?.name ?? null,
        at: performance.now(),
      });
      setTimeout(() => fire(utterance, 'start'), 10);
      setTimeout(() => fire(utterance, 'end'), 60);
    };
    synth.cancel = () => undefined;
  }

  let heard = false;
  type Handler<E> = ((event: E) => void) | null;
  class FakeRecognition {
    lang = '';
    continuous = false;
    interimResults = false;
    onresult: Handler<unknown> = null;
    onerror: Handler<unknown> = null;
    onend: (() => void) | null = null;
    onstart: (() => void) | null = null;
    start() {
      probe.recognitionStarts++;
      setTimeout(() => this.onstart?.(), 0);
      // The answer is heard once per page, however often the app restarts recognition.
      if (heard) return;
      heard = true;
      const results: (ArrayLike<{ transcript: string }> & { isFinal: boolean })[] = [];
      sentences.forEach((sentence, index) => {
        setTimeout(
          () => {
            results.push(Object.assign([{ transcript: sentence }], { isFinal: true }));
            this.onresult?.({ resultIndex: results.length - 1, results: [...results] });
          },
          heardAtMs[index] ?? 500 * (index + 1),
        );
      });
    }
    stop() {
      setTimeout(() => this.onend?.(), 10);
    }
    abort() {
      this.stop();
    }
  }
  Object.assign(window, { SpeechRecognition: FakeRecognition, webkitSpeechRecognition: FakeRecognition });
}

async function probe(page: Page): Promise<Omit<Probe, 'media'>> {
  return page.evaluate(() => {
    const { utterances, streamsOpenedAt, recorderStartedAt, recognitionStarts } = (
      window as unknown as { __e2e: Probe }
    ).__e2e;
    return { utterances, streamsOpenedAt, recorderStartedAt, recognitionStarts };
  });
}

/** The newest media element played: where it is, how long, at what speed. */
async function mediaState(page: Page) {
  return page.evaluate(() => {
    const media = (window as unknown as { __e2e: Probe }).__e2e.media.at(-1);
    return media
      ? {
          currentTime: media.currentTime,
          duration: media.duration,
          playbackRate: media.playbackRate,
          paused: media.paused,
        }
      : null;
  });
}

/** The seek slider's range and position in seconds: a range input's max and value, or its aria values. */
async function sliderSeconds(slider: Locator, expectedSec: number) {
  const { max, now } = await slider.evaluate((el) =>
    el instanceof HTMLInputElement
      ? { max: el.max, now: el.value }
      : { max: el.getAttribute('aria-valuemax'), now: el.getAttribute('aria-valuenow') },
  );
  if (max === null || max === '') return null;
  // A range in milliseconds is far above the expected length in seconds.
  const scale = Number(max) > expectedSec * 20 ? 1000 : 1;
  return { max: Number(max) / scale, now: Number(now ?? 0) / scale };
}

/**
 * The player in `scope` has a recording of `expectedMs` (±10%), and Play makes it advance.
 * Its length is read from the Seek slider when it has aria values, else from the media element.
 */
async function expectPlayerPlays(page: Page, scope: Locator, expectedMs: number) {
  const play = scope.getByRole('button', { name: UI.play });
  await expect(play).toBeVisible();
  const slider = scope.getByRole('slider', { name: UI.seek });
  await play.click();
  await expect
    .poll(async () => (await mediaState(page))?.currentTime ?? 0, { message: 'the answer plays', timeout: 10_000 })
    .toBeGreaterThan(0.3);

  const media = await mediaState(page);
  const fromSlider = (await slider.count()) > 0 ? await sliderSeconds(slider, expectedMs / 1000) : null;
  const durationSec = fromSlider?.max ?? (media && Number.isFinite(media.duration) ? media.duration : null);
  expect(durationSec, 'the player shows the recording’s length').not.toBeNull();
  expect(Math.abs(durationSec! * 1000 - expectedMs)).toBeLessThanOrEqual(expectedMs * DURATION_TOLERANCE);
  if (fromSlider) {
    await expect
      .poll(async () => (await sliderSeconds(slider, expectedMs / 1000))?.now ?? 0, {
        message: 'the Seek slider follows playback',
      })
      .toBeGreaterThan(0);
  }
  return { play, slider };
}

/** Stops playback with the player's own button (renamed "Pause…" or pressed while playing), for a still screenshot. */
async function pausePlayer(page: Page, scope: Locator, play: Locator) {
  const pause = scope.getByRole('button', { name: UI.pause });
  if (await pause.isVisible()) await pause.click();
  else if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
  await expect.poll(async () => (await mediaState(page))?.paused ?? true, { message: 'the answer pauses' }).toBe(true);
}

/** `shown` is `exact` rounded to the decimals it is shown with (give or take `tolerance` for a measured figure). */
function expectShownAs(shown: string | undefined, exact: number, what: string, tolerance = 0) {
  expect(shown, `${what} is on the delivery card`).toBeDefined();
  const decimals = shown!.split('.')[1]?.length ?? 0;
  expect(Math.abs(Number(shown) - exact), `${what}: ${shown} shown, ${exact.toFixed(3)} exact`).toBeLessThanOrEqual(
    0.5 * 10 ** -decimals + tolerance + 1e-9,
  );
}

interface StoredAttempt {
  id: string;
  answer: string;
  delivery?: {
    durationMs: number;
    speakingMs: number;
    pauses: { startMs: number; endMs: number }[];
    words: number;
    wpm: number | null;
    fillerCount: number;
    fillersPerMin: number | null;
    fillers: { term: string; count: number }[];
    longestPauseMs: number;
  } | null;
}

interface StoredRecording {
  attemptId: string;
  durationMs: number;
  bytes: number;
  mimeType: string;
}

async function storedAnswer(page: Page) {
  const stores = await readStores(page, [STORES.attempts, STORES.recordings, STORES.audio]);
  const attempts = (stores[STORES.attempts]?.values ?? []) as StoredAttempt[];
  const attempt = attempts.find((a) => a.answer?.includes('scorecard'));
  const recording = ((stores[STORES.recordings]?.values ?? []) as StoredRecording[]).find(
    (r) => r.attemptId === attempt?.id,
  );
  const audioIndex = stores[STORES.audio]?.keys.indexOf(attempt?.id) ?? -1;
  return { stores, attempt, recording, audioCount: stores[STORES.audio]?.keys.length ?? null, audioIndex };
}

function nav(page: Page, name: string) {
  return page.getByRole('navigation', { name: UI.nav }).getByRole('link', { name, exact: true });
}

/** History → the newest session's replay → its first question. */
async function openReplay(page: Page): Promise<Locator> {
  await nav(page, UI.history).click();
  const rows = page.getByRole('list', { name: UI.sessionRows }).getByRole('article');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('link').click();
  const item = page.getByRole('list', { name: UI.replayQuestions }).locator(':scope > li').first();
  await expect(item).toBeVisible();
  return item;
}

let browser: Browser | undefined;
let workDir = '';
let wavPath = '';
let truth: AnswerWav;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  workDir = await mkdtemp(join(tmpdir(), 'rehearse-speak-'));
  wavPath = join(workDir, 'answer.wav');
  truth = await makeAnswerWav({
    parts: [SPOKEN[0], { silenceMs: GAP_MS }, SPOKEN[1], { silenceMs: GAP_MS }, SPOKEN[2]],
    leadSilenceMs: LEAD_SILENCE_MS,
    out: wavPath,
  });
  expect(truth.pauses, 'the WAV has exactly the two inserted silences as long pauses').toHaveLength(2);
  const launch = test.info().project.use.launchOptions ?? {};
  browser = await chromium.launch({
    ...launch,
    args: [
      ...(launch.args ?? []),
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      // Once, then silence: a loop would start the answer again inside the recording.
      `--use-file-for-fake-audio-capture=${wavPath}%noloop`,
    ],
  });
});

test.afterAll(async () => {
  await browser?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function newContext(baseURL: string | undefined): Promise<BrowserContext> {
  const context = await browser!.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    permissions: ['microphone'],
    acceptDownloads: true,
  });
  return context;
}

test('practise out loud: interviewer reads, the mic records, the reveal plays and measures; reload, history, export, import', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(240_000);
  const context = await newContext(baseURL);
  try {
    const page = await context.newPage();
    // Each sentence is heard as it ends in the WAV, and all of them well before Stop & submit.
    const heardAtMs = truth.speech.map((span) => Math.round(Math.min(span.endMs, truth.durationMs - 2000)));
    await page.addInitScript(installFakes, { sentences: [...SPOKEN], heardAtMs });
    await runJourney(page, testInfo);
  } catch (error) {
    // The WAV goes with the failure, so it can be listened to.
    await testInfo.attach('answer.wav', { path: wavPath, contentType: 'audio/wav' });
    throw error;
  } finally {
    // Playwright traces this context like its own (trace: retain-on-failure in the config).
    await context.close();
  }
});

async function runJourney(page: Page, testInfo: TestInfo) {
  // Setup: one question, answered to the interviewer, no think time.
  await page.goto('/practice/new');
  await page.getByRole('spinbutton', { name: UI.questionsField }).fill('1');
  const interviewer = page
    .getByRole('group', { name: UI.inputGroup })
    .getByRole('radio', { name: UI.interviewerChoice });
  await interviewer.locator('xpath=ancestor::label').click();
  await expect(interviewer).toBeChecked();
  const noThink = page.getByRole('group', { name: UI.thinkGroup }).getByRole('radio', { name: UI.thinkOff });
  await noThink.locator('xpath=ancestor::label').click();
  await expect(noThink).toBeChecked();
  await page.getByRole('button', { name: UI.start }).click();

  // The interviewer reads the question aloud, then the recording starts by itself.
  await expect
    .poll(async () => (await probe(page)).utterances.length, { message: 'the question is read aloud' })
    .toBeGreaterThan(0);
  await expect
    .poll(async () => (await probe(page)).recorderStartedAt.length, {
      message: 'the recording starts by itself after the question',
      timeout: 20_000,
    })
    .toBeGreaterThan(0);
  const started = await probe(page);
  const recordingAt = started.recorderStartedAt[0]!;
  // The stream the recorder records: the last one opened before it started (reopening restarts the WAV).
  const openedAt = started.streamsOpenedAt.filter((t) => t <= recordingAt).at(-1);
  expect(openedAt, 'the microphone was opened with getUserMedia').toBeDefined();
  // The fake microphone's WAV starts when the device opens; the recording, this much later.
  const offsetMs = recordingAt - openedAt!;
  expect(offsetMs, 'the recorder starts within the WAV’s leading silence').toBeLessThan(LEAD_SILENCE_MS);
  testInfo.annotations.push({ type: 'recorder offset', description: `${offsetMs.toFixed(0)} ms after the mic opened` });
  // The text box waits for the reveal in this mode.
  await expect(page.getByRole('textbox', { name: 'Your answer' })).toBeHidden();
  await shootViews(page, testInfo, '1-interviewer-answering', PHONE_390_VIEWS);

  // Record the WAV's length, then Stop & submit. The checks come first, so the click follows the moment.
  const until = (ms: number) =>
    page.waitForFunction((at) => performance.now() >= at, recordingAt + ms, {
      timeout: truth.durationMs + 30_000,
      polling: 50,
    });
  await until(truth.durationMs - 1500);
  expect((await probe(page)).recognitionStarts, 'dictation listened while recording').toBeGreaterThan(0);
  // The hidden text box holds the whole transcript, as dictation typed it.
  await expect(page.locator('textarea')).toHaveValue(TRANSCRIPT);
  const stop = page.getByRole('button', { name: UI.stopAndSubmit });
  await expect(stop).toBeEnabled();
  // A click takes a moment to land (more on a busy machine): aimed that much before the end.
  await until(truth.durationMs - CLICK_LEAD_MS);
  await stop.click();

  // The reveal.
  await expect(page.getByRole('heading', { name: UI.revealHeading })).toBeVisible({ timeout: 20_000 });
  const question = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  // Read in sentence-sized utterances (Chrome cuts long ones off), so all of them together say the question.
  const spoken = (await probe(page)).utterances.map((u) => u.text).join(' ');
  expect(spoken.replace(/\s+/g, ' '), 'speechSynthesis.speak was called with the question').toContain(
    question.replace(/\s+/g, ' '),
  );
  await expect(page.getByRole('region', { name: 'Your answer' })).toContainText('scorecard');

  // Stored as soon as it was submitted: the recording's metadata and blob, the attempt's delivery figures.
  await expect
    .poll(async () => Boolean((await storedAnswer(page)).attempt?.delivery), {
      message: 'the delivery figures are stored on the attempt',
      timeout: 20_000,
    })
    .toBe(true);
  const stored = await storedAnswer(page);
  expect(stored.recording, 'a recording record is linked to the attempt').toBeDefined();
  expect(stored.audioIndex, 'the audio blob is stored under the attempt’s id').toBeGreaterThanOrEqual(0);
  const audioValue = stored.stores[STORES.audio]!.values[stored.audioIndex];
  const blobSize = findBlobSize(audioValue);
  expect(blobSize, 'the stored audio is not empty').toBeGreaterThan(0);
  testInfo.annotations.push({
    type: 'recorded length',
    description: `${stored.recording!.durationMs} ms stored, ${truth.durationMs.toFixed(0)} ms of WAV`,
  });
  expect(Math.abs(stored.recording!.durationMs - truth.durationMs)).toBeLessThanOrEqual(
    truth.durationMs * DURATION_TOLERANCE,
  );

  // The player: a recording of the WAV's length that plays, seeks and speeds up.
  const reveal = page.getByRole('main');
  const { play, slider } = await expectPlayerPlays(page, reveal, truth.durationMs);
  const speed = reveal.getByRole('button', { name: UI.speed }).or(reveal.getByRole('radio', { name: UI.speed }));
  await speed.first().click();
  await expect.poll(async () => (await mediaState(page))?.playbackRate).toBe(1.5);
  if ((await slider.count()) > 0) {
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await mediaState(page))?.currentTime ?? 99).toBeLessThan(1.5);
  }

  // Delivery: the long pauses where the silences were inserted, relative to the recording's start.
  const delivery = stored.attempt!.delivery!;
  const expectedPauses = truth.pauses.map((p) => ({ startMs: p.startMs - offsetMs, endMs: p.endMs - offsetMs }));
  expect(delivery.pauses, 'two long pauses').toHaveLength(expectedPauses.length);
  delivery.pauses.forEach((pause, i) => {
    expect(
      Math.abs(pause.startMs - expectedPauses[i]!.startMs),
      `pause ${i + 1} starts where inserted`,
    ).toBeLessThanOrEqual(PAUSE_TOLERANCE_MS);
    expect(Math.abs(pause.endMs - expectedPauses[i]!.endMs), `pause ${i + 1} ends where inserted`).toBeLessThanOrEqual(
      PAUSE_TOLERANCE_MS,
    );
  });
  testInfo.annotations.push({
    type: 'speaking time',
    description: `${delivery.speakingMs} ms measured, ${truth.speakingMs} ms in the WAV`,
  });

  // From the transcript: words and fillers exactly, per minute of the measured speaking time.
  expect(delivery.words).toBe(WORDS);
  expect(delivery.fillerCount).toBe(FILLERS);
  expect(Object.fromEntries(delivery.fillers.map((f) => [f.term.toLowerCase(), f.count]))).toEqual(EXPECTED_FILLERS);
  const minutes = delivery.speakingMs / 60_000;
  const wpm = WORDS / minutes;
  const fillersPerMin = FILLERS / minutes;
  expect(delivery.wpm).not.toBeNull();
  expect(Math.abs(delivery.wpm! - wpm)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(delivery.fillersPerMin! - fillersPerMin)).toBeLessThanOrEqual(0.05);

  // The card says the same, at the precision it shows.
  const card = page.getByRole('region', { name: UI.deliveryCard });
  await expect(card).toContainText(UI.paceText);
  const text = (await card.innerText()).replace(/\s+/g, ' ');
  expectShownAs(text.match(UI.paceText)?.[1], wpm, 'words a minute');
  const fillersShown = text.match(UI.fillersText);
  expect(fillersShown?.[1], 'the card counts the fillers').toBe(String(FILLERS));
  expectShownAs(fillersShown?.[2], fillersPerMin, 'fillers a minute');
  const pausesShown = text.match(UI.pausesText);
  expect(pausesShown?.[1], 'the card counts two long pauses').toBe(String(expectedPauses.length));
  const longest = Math.max(...expectedPauses.map((p) => p.endMs - p.startMs));
  expectShownAs(pausesShown?.[2], longest / 1000, 'the longest pause', PAUSE_TOLERANCE_MS / 1000);
  const places = [...text.matchAll(UI.pausePlace)].map((m) => ({
    startSec: Number(m[1]) * 60 + Number(m[2]),
    lengthSec: m[3]!,
  }));
  expect(places, `where the pauses are (card: "${text}")`).toHaveLength(expectedPauses.length);
  for (const [i, pause] of expectedPauses.entries()) {
    const sec = pause.startMs / 1000;
    // The card cuts the start to the second ("0:04" is 4.0–4.99 s): its second must overlap sec ± 0.3 s.
    const shownStart = places[i]!.startSec;
    expect(
      shownStart <= sec + PAUSE_TOLERANCE_MS / 1000 && shownStart + 1 > sec - PAUSE_TOLERANCE_MS / 1000,
      `pause ${i + 1} shown at ${shownStart} s, inserted at ${sec.toFixed(2)} s`,
    ).toBe(true);
    expectShownAs(
      places[i]!.lengthSec,
      (pause.endMs - pause.startMs) / 1000,
      `pause ${i + 1}'s length`,
      PAUSE_TOLERANCE_MS / 1000,
    );
  }
  await pausePlayer(page, reveal, play);
  await shootViews(page, testInfo, '2-reveal-player-delivery', PHONE_390_VIEWS);
  // The card on its own too: on a wide screen it sits in the answer's sticky column, which a full-page
  // screenshot shows only as far as the window reaches.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const view of PHONE_390_VIEWS) {
      await page.setViewportSize({ width: view.width, height: view.height });
      await card.screenshot({ path: testInfo.outputPath(`3-delivery-card-${view.name}-${scheme}.png`) });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A reload on the reveal: the recording comes back from IndexedDB and still plays.
  await reloadApp(page);
  await expect(page.getByRole('heading', { name: UI.revealHeading })).toBeVisible();
  await expectPlayerPlays(page, page.getByRole('main'), truth.durationMs);

  // Finish the session, then History replays the answer.
  await rateAll(page, UI.rating);
  await page.getByRole('button', { name: UI.finish, exact: true }).click();
  await expect(page).toHaveURL(/\/practice\/[^/]+\/summary$/);
  await expectPlayerPlays(page, await openReplay(page), truth.durationMs);

  // Your data: export with the recordings, as one archive holding the audio byte for byte.
  await nav(page, UI.yourData).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: UI.exportWithAudio }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/\.zip$/);
  const zipPath = testInfo.outputPath(zip.suggestedFilename());
  await zip.saveAs(zipPath);
  const entries = unzipSync(new Uint8Array(await readFile(zipPath)));
  expect(
    Object.values(entries).some((bytes) => bytes.byteLength === blobSize),
    `the archive holds the ${blobSize}-byte recording (entries: ${Object.keys(entries).join(', ')})`,
  ).toBe(true);

  // Clear everything: the recordings go with the rest.
  await page.getByRole('button', { name: UI.clearAll }).click();
  const dialog = page.getByRole('dialog', { name: UI.clearDialog });
  await dialog.getByRole('textbox', { name: UI.clearConfirmField }).fill('delete');
  await dialog.getByRole('button', { name: UI.clearConfirm }).click();
  await expect(page.getByText(UI.cleared)).toBeVisible();
  const afterClear = await storedAnswer(page);
  expect(afterClear.attempt).toBeUndefined();
  expect(afterClear.audioCount, 'no audio left after clearing').toBe(0);
  await nav(page, UI.history).click();
  await expect(page.getByRole('heading', { name: UI.noSessions })).toBeVisible();

  // Import the archive: the answer, its delivery and its recording come back, and it plays.
  await nav(page, UI.yourData).click();
  await page.getByLabel(UI.importFile).setInputFiles(zipPath);
  await page.getByRole('button', { name: UI.importConfirm, exact: true }).click();
  await expect(page.getByText(UI.importDone)).toBeVisible();
  const imported = await storedAnswer(page);
  expect(imported.recording?.durationMs).toBe(stored.recording!.durationMs);
  expect(findBlobSize(imported.stores[STORES.audio]!.values[imported.audioIndex])).toBe(blobSize);
  await expectPlayerPlays(page, await openReplay(page), truth.durationMs);
}

/** The size of the Blob in a stored audio record (the Blob itself, or a field holding it). */
function findBlobSize(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const blob = (value as { blob?: { size?: unknown } }).blob;
  if (blob && typeof blob.size === 'number') return blob.size;
  for (const inner of Object.values(value)) {
    const size = findBlobSize(inner);
    if (size > 0) return size;
  }
  return 0;
}
