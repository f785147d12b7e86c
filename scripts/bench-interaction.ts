/**
 * `npm run bench:interaction [-- --runs 5 --port 4630 --no-build --out-dir dist-bench-ix --profile --trace DIR]`
 *
 * Responsiveness of practice with a large history (default 1,000 sessions
 * and 10,000 attempts in IndexedDB, the data of bench-history.ts), on the
 * production build, at 1× and at 4× CPU throttling:
 *
 * - Submit: a practice session started through the UI (home → Practice →
 *   Start practice), an answer typed, then the Submit button clicked (and, on
 *   the next question, Ctrl+Enter pressed). Two figures: the interaction's
 *   duration from the Event Timing API (INP-style: the longest event of the
 *   interaction, pointerdown/pointerup/click or keydown/keyup, each from the
 *   event's timestamp to the next paint after its handlers), and the time
 *   from the click (or keydown) until the reveal's real content (the model
 *   answer's text and the rubric's radio groups) is in the DOM and a frame
 *   has painted it, so a quick fallback paint cannot pass for the reveal.
 * - Keystrokes in the answer box: per keystroke, the longest Event Timing
 *   entry (keydown, keypress, input, keyup) it caused.
 * - The same keystrokes with recording on: a Voice session, Record pressed,
 *   Chromium's fake microphone (its test tone) feeding a running
 *   MediaRecorder and the level meter, then the same text typed into the
 *   answer box (correcting a transcript as it records). Printed beside the
 *   figures without recording. `--no-recording` skips it.
 *
 * Median of the runs (default 5, at least 3), PASS/MISS against the targets.
 * A benchmark, not a test: it exits non-zero only when it could not measure.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { chromium, type Page } from '@playwright/test';

import {
  fmt,
  generateHistory,
  machineInfo,
  median,
  numberOption,
  percentile,
  seedHistory,
  startPreview,
  stopServer,
  stringOption,
  withCpuProfile,
} from './bench-support.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const SESSIONS = numberOption(args, 'sessions', 1000);
const PER_SESSION = numberOption(args, 'attempts-per-session', 10);
/** `--profile`: an unminified build, and the functions that took the most time around each submit. */
const PROFILE = args.includes('--profile');
/** `--trace DIR`: a Chrome trace (main thread, compositor, raster, presentation) of each submit, for chrome://tracing or Perfetto. */
const TRACE_DIR = stringOption(args, 'trace', '');
// A profile or trace needs no median: with --profile or --trace, one run is allowed.
const RUNS = Math.max(PROFILE || TRACE_DIR ? 1 : 3, numberOption(args, 'runs', 5));
const PORT = numberOption(args, 'port', 4630);
const OUT_DIR = stringOption(args, 'out-dir', 'dist-bench-ix');
const BASE = `http://localhost:${PORT}`;
const RATES = [1, 4] as const;
type Rate = (typeof RATES)[number];
/** Submit to the reveal painted, per CPU throttling rate (the targets). */
const SUBMIT_TARGET_MS: Record<Rate, number> = { 1: 100, 4: 200 };
const FRAME_MS = 16.7;
/** Event Timing reports only events that took at least this long (its minimum durationThreshold). */
const THRESHOLD_MS = 16;
const KEYSTROKE_TEXT = 'I ran a two week pilot with tw'; // 30 keystrokes: letters and spaces, no shortcuts.
const KEY_DELAY_MS = 120; // a brisk typist: about 8 keys a second.
/** `--no-recording`: only the typed session, as before recordings existed. */
const RECORDING = !args.includes('--no-recording');
/** Chromium's fake microphone (a tone with beeps), granted without a prompt: the recorder gets real audio. */
const FAKE_MIC_ARGS = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'];

interface TimingEntry {
  name: string;
  startTime: number;
  duration: number;
  interactionId: number;
  processingStart: number;
  processingEnd: number;
}

interface SubmitFigures {
  /** INP-style: the longest Event Timing entry of the interaction (0 when none reached the threshold). */
  interaction: number;
  /** From the click's (or keydown's) timestamp until a frame has painted the reveal's content. */
  revealPainted: number;
  /** Where `revealPainted` comes from. */
  source: string;
  /** From the same timestamp to the end of the frame that painted the reveal (requestAnimationFrame, then a task). */
  frameEnd: number;
  /** The events of the interaction, for the log. */
  events: string;
}

/**
 * Puts observers in the page: every Event Timing entry (buffered, threshold
 * 16 ms) and the timestamp of each keydown and click. Kept in `window.__ix`.
 */
async function observe(page: Page) {
  await page.evaluate((threshold) => {
    const w = window as unknown as {
      __ix: { entries: TimingEntry[]; keydowns: number[]; clicks: number[]; pointerdowns: number[] };
    };
    w.__ix = { entries: [], keydowns: [], clicks: [], pointerdowns: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[])
        w.__ix.entries.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          interactionId: (e as PerformanceEventTiming & { interactionId?: number }).interactionId ?? 0,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
        });
    }).observe({ type: 'event', durationThreshold: threshold, buffered: true } as PerformanceObserverInit);
    document.addEventListener('keydown', (e) => w.__ix.keydowns.push(e.timeStamp), { capture: true });
    document.addEventListener('click', (e) => w.__ix.clicks.push(e.timeStamp), { capture: true });
    document.addEventListener('pointerdown', (e) => w.__ix.pointerdowns.push(e.timeStamp), { capture: true });
  }, THRESHOLD_MS);
}

/**
 * Arms a watcher for the reveal: once the rubric's radio groups and the
 * model answer's text are in the DOM, it marks their first lines of text for
 * the Element Timing API (which reports when a frame that shows them was
 * presented) and, as a fallback, records the end of the frame that painted
 * them (a high-priority task after its animation frame: the app's own
 * after-paint work, queued as ordinary tasks, runs only after it).
 */
async function watchReveal(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as {
      __reveal: { found: number; painted: number; rendered: number[]; marked: number };
    };
    w.__reveal = { found: 0, painted: 0, rendered: [], marked: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!(e as PerformanceEntry & { identifier?: string }).identifier?.startsWith('bench-reveal')) continue;
        const timing = e as PerformanceEntry & { renderTime: number; loadTime: number };
        w.__reveal.rendered.push(timing.renderTime || timing.startTime);
      }
    }).observe({ type: 'element', buffered: false });
    const observer = new MutationObserver(() => {
      const radios = document.querySelectorAll('main [role="radiogroup"]');
      const model = document.querySelector('main section .prose-guide');
      if (radios.length < 4 || !model || !model.textContent?.trim()) return;
      observer.disconnect();
      w.__reveal.found = performance.now();
      // Element Timing reports an element whose own text nodes are painted: the first such in each.
      for (const root of [model, radios[0]!]) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || !node.parentElement) continue;
          node.parentElement.setAttribute('elementtiming', `bench-reveal-${w.__reveal.marked++}`);
          break;
        }
      }
      requestAnimationFrame(() => {
        // No inner named functions: tsx would wrap them in a helper the page does not have.
        const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: object) => unknown } })
          .scheduler;
        if (scheduler?.postTask)
          void scheduler.postTask(
            () => {
              w.__reveal.painted = performance.now();
            },
            { priority: 'user-blocking' },
          );
        else
          setTimeout(() => {
            w.__reveal.painted = performance.now();
          }, 0);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

/** Waits for the reveal watcher, then for Event Timing to deliver the interaction's entries. */
async function revealFigures(page: Page, trigger: 'click' | 'keydown'): Promise<SubmitFigures> {
  await page.waitForFunction(
    () => (window as unknown as { __reveal: { painted: number } }).__reveal.painted > 0,
    null,
    {
      timeout: 30_000,
    },
  );
  // Entries arrive after the paint they measure, and may be batched; give them time.
  await page.waitForTimeout(500);
  // Element Timing entries come after the presentation they report: wait for both marked elements.
  await page
    .waitForFunction(
      () => {
        const r = (window as unknown as { __reveal: { rendered: number[]; marked: number } }).__reveal;
        return r.rendered.length >= r.marked;
      },
      null,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  const { entries, start, painted, byElementTiming, frameEnd } = await page.evaluate((trigger) => {
    const w = window as unknown as {
      __ix: { entries: TimingEntry[]; keydowns: number[]; clicks: number[] };
      __reveal: { painted: number; rendered: number[]; marked: number };
    };
    const stamps = trigger === 'click' ? w.__ix.clicks : w.__ix.keydowns;
    const r = w.__reveal;
    // Presented, by Element Timing when it reported every marked element; else the end of the painting frame.
    const byElementTiming = r.marked > 0 && r.rendered.length >= r.marked;
    const painted = byElementTiming ? Math.max(...r.rendered) : r.painted;
    return {
      entries: w.__ix.entries,
      start: stamps[stamps.length - 1] ?? 0,
      painted,
      byElementTiming,
      frameEnd: r.painted,
    };
  }, trigger);
  // The interaction: the entry of the event that submitted, and every entry with its interactionId.
  const own = entries.find((e) => e.name === trigger && Math.abs(e.startTime - start) < 1);
  const id = own?.interactionId ?? 0;
  const mine = entries.filter((e) => (id > 0 && e.interactionId === id) || e === own);
  return {
    interaction: Math.max(0, ...mine.map((e) => e.duration)),
    revealPainted: painted - start,
    source: byElementTiming ? 'Element Timing' : 'frame end (Element Timing did not report)',
    frameEnd: frameEnd - start,
    events: mine.length
      ? mine
          .map((e) => `${e.name} ${e.duration} (handlers ${(e.processingEnd - e.processingStart).toFixed(1)})`)
          .join(', ')
      : `all under ${THRESHOLD_MS} ms`,
  };
}

/** Per keystroke since `from`: the longest Event Timing entry of a key event it caused (0 when none reached the threshold). */
async function keystrokeDurations(page: Page, from: number): Promise<number[]> {
  const { entries, keydowns } = await page.evaluate(() => {
    const w = window as unknown as { __ix: { entries: TimingEntry[]; keydowns: number[] } };
    return { entries: w.__ix.entries, keydowns: w.__ix.keydowns };
  });
  const downs = keydowns.filter((t) => t >= from);
  const keyEvents = new Set(['keydown', 'keypress', 'keyup', 'input', 'beforeinput']);
  return downs.map((t, i) => {
    const until = downs[i + 1] ?? Infinity;
    const own = entries.filter((e) => keyEvents.has(e.name) && e.startTime >= t - 0.5 && e.startTime < until - 0.5);
    return Math.max(0, ...own.map((e) => e.duration));
  });
}

/** With --profile: samples the CPU while `action` runs and prints the functions with the most self time. */
async function profiled<T>(page: Page, label: string, action: () => Promise<T>): Promise<T> {
  if (TRACE_DIR) return traced(page, label, action);
  if (!PROFILE) return action();
  const { result, selfTimes: top } = await withCpuProfile(page, action);
  console.log(`    ${label}: self time by function (${top.length} functions):`);
  for (const [name, t] of top.slice(0, 15)) console.log(`      ${t.toFixed(1).padStart(7)} ms  ${name}`);
  return result;
}

/** With --trace: records a Chrome trace while `action` runs, into TRACE_DIR (one file per label). */
async function traced<T>(page: Page, label: string, action: () => Promise<T>): Promise<T> {
  mkdirSync(TRACE_DIR, { recursive: true });
  const path = join(TRACE_DIR, `${label.replace(/[^\w]+/g, '-')}.json`);
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    path,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.frame',
      'blink.user_timing',
      'latencyInfo',
      'input',
      'cc',
      'viz',
      'gpu',
      'benchmark',
      'loading',
    ],
  });
  try {
    return await action();
  } finally {
    await browser.stopTracing();
    console.log(`    ${label}: trace in ${path}`);
  }
}

interface RunFigures {
  submit: SubmitFigures;
  shortcut: SubmitFigures;
  keys: number[];
}

/**
 * One measurement at a CPU throttling rate: home with the history loaded,
 * Practice, Start practice, ~30 keystrokes, Submit (the button), Next,
 * a short answer, Ctrl+Enter.
 */
async function measure(page: Page, rate: Rate): Promise<RunFigures> {
  await page.goto(`${BASE}/`);
  // Every attempt in (they load in pages after home is usable), and a moment of idle time as a person would leave.
  await page.waitForFunction(() => performance.getEntriesByName('rehearse:store-ready').length > 0, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1000);
  await page.locator('header a[href="/practice/new"]').first().click();
  // The setup remembers the last way of answering; this run types.
  await chooseInput(page, /^Typing/);
  await page.getByRole('button', { name: 'Start practice' }).click();
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await box.click();
  await page.waitForTimeout(500);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await observe(page);
    const from = await page.evaluate(() => performance.now());
    await profiled(page, `keystrokes at ${rate}×`, () => page.keyboard.type(KEYSTROKE_TEXT, { delay: KEY_DELAY_MS }));
    await page.waitForTimeout(500);
    const keys = await keystrokeDurations(page, from);
    if (keys.length < KEYSTROKE_TEXT.length)
      throw new Error(`saw ${keys.length} of ${KEYSTROKE_TEXT.length} keystrokes`);

    await watchReveal(page);
    const submit = await profiled(page, `submit (button) at ${rate}×`, async () => {
      await page.getByRole('button', { name: 'Submit answer' }).click();
      return revealFigures(page, 'click');
    });

    // The next question, answered and submitted with the keyboard shortcut.
    await page.getByRole('button', { name: /Next/ }).click();
    await box.click();
    await page.keyboard.type('A short answer.', { delay: 30 });
    await page.waitForTimeout(500);
    await watchReveal(page);
    const shortcut = await profiled(page, `submit (Ctrl+Enter) at ${rate}×`, async () => {
      await page.keyboard.press('Control+Enter');
      return revealFigures(page, 'keydown');
    });
    return { submit, shortcut, keys };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/** Picks how to answer on the setup page ("Answer by"), by its visible label, when the choice is offered. */
async function chooseInput(page: Page, name: RegExp) {
  const radio = page.getByRole('group', { name: 'Answer by' }).getByRole('radio', { name });
  await page.getByRole('button', { name: 'Start practice' }).waitFor();
  if ((await radio.count()) === 0) return;
  await radio.locator('xpath=ancestor::label').click();
}

interface RecorderProbe {
  recorders: MediaRecorder[];
  analysers: number;
  /** Level-meter reads (one a frame while the meter runs). */
  meterReads: number;
}

/**
 * Installed before the app: keeps every MediaRecorder started and counts the level meter's analysers and
 * reads, so the bench can say the recorder and the meter really ran while the keys were typed; and a
 * speech recogniser that hears nothing (Chromium's needs Google's servers; an erroring one would stop).
 */
function installRecorderProbe() {
  const probe: RecorderProbe = { recorders: [], analysers: 0, meterReads: 0 };
  (window as unknown as { __rec: RecorderProbe }).__rec = probe;
  if (typeof MediaRecorder !== 'undefined') {
    const start = MediaRecorder.prototype.start;
    MediaRecorder.prototype.start = function (this: MediaRecorder, timeslice?: number) {
      probe.recorders.push(this);
      start.call(this, timeslice);
    };
  }
  if (typeof BaseAudioContext !== 'undefined') {
    const createAnalyser = BaseAudioContext.prototype.createAnalyser;
    BaseAudioContext.prototype.createAnalyser = function (this: BaseAudioContext) {
      probe.analysers++;
      return createAnalyser.call(this);
    };
    const read = AnalyserNode.prototype.getFloatTimeDomainData;
    AnalyserNode.prototype.getFloatTimeDomainData = function (this: AnalyserNode, array: Float32Array<ArrayBuffer>) {
      probe.meterReads++;
      read.call(this, array);
    };
  }
  class SilentRecognition {
    lang = '';
    continuous = false;
    interimResults = false;
    onresult: unknown = null;
    onerror: unknown = null;
    onend: (() => void) | null = null;
    start() {}
    stop() {
      setTimeout(() => this.onend?.(), 10);
    }
    abort() {
      this.stop();
    }
  }
  Object.assign(window, { SpeechRecognition: SilentRecognition, webkitSpeechRecognition: SilentRecognition });
}

interface RecordingRun {
  keys: number[];
  /** Level-meter reads while the keys were typed (about one a frame when it runs). */
  meterReads: number;
  /** The recorder's state once the keys were typed: 'recording' for a valid run. */
  state: string;
}

/**
 * The keystroke measurement with recording on: home, Practice, "Voice", Start practice, Record; once the
 * recorder runs and the meter draws, the same ~30 keystrokes into the answer box.
 */
async function measureWhileRecording(page: Page, rate: Rate): Promise<RecordingRun> {
  await page.goto(`${BASE}/`);
  await page.waitForFunction(() => performance.getEntriesByName('rehearse:store-ready').length > 0, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(1000);
  await page.locator('header a[href="/practice/new"]').first().click();
  await chooseInput(page, /^Voice/);
  await page.getByRole('button', { name: 'Start practice' }).click();
  const box = page.getByRole('textbox', { name: 'Your answer' });
  await box.waitFor();
  const record = page.getByRole('button', { name: 'Record', exact: true });
  await ((await record.count()) ? record : page.getByRole('button', { name: 'Dictate' })).click();
  await page.waitForFunction(
    () => (window as unknown as { __rec: RecorderProbe }).__rec.recorders.some((r) => r.state === 'recording'),
    null,
    { timeout: 15_000 },
  );
  await box.click();
  // The meter's first frames and the recorder's first chunk, as a person would start talking.
  await page.waitForTimeout(1000);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await observe(page);
    const before = await page.evaluate(() => (window as unknown as { __rec: RecorderProbe }).__rec.meterReads);
    const from = await page.evaluate(() => performance.now());
    await profiled(page, `keystrokes while recording at ${rate}×`, () =>
      page.keyboard.type(KEYSTROKE_TEXT, { delay: KEY_DELAY_MS }),
    );
    await page.waitForTimeout(500);
    const keys = await keystrokeDurations(page, from);
    if (keys.length < KEYSTROKE_TEXT.length)
      throw new Error(`saw ${keys.length} of ${KEYSTROKE_TEXT.length} keystrokes while recording`);
    // Not one character lost while the recorder and the meter ran.
    const typed = await box.inputValue();
    if (typed !== KEYSTROKE_TEXT)
      throw new Error(`the answer box holds "${typed}" after typing "${KEYSTROKE_TEXT}" while recording`);
    const { meterReads, state } = await page.evaluate(() => {
      const probe = (window as unknown as { __rec: RecorderProbe }).__rec;
      return { meterReads: probe.meterReads, state: probe.recorders.at(-1)?.state ?? 'none' };
    });
    return { keys, meterReads: meterReads - before, state };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

/** Event Timing durations come in steps of 8 ms and only from 16 ms up: below that, "< 16 ms". */
const fmtEvent = (ms: number) => (ms < THRESHOLD_MS ? `< ${THRESHOLD_MS} ms` : fmt(ms));

async function main() {
  const browserInfo = findChromium();
  if (!browserInfo) throw new Error('No Chromium found (set CHROMIUM_PATH or install chromium)');
  if (!existsSync(`${OUT_DIR}/index.html`) || !args.includes('--no-build')) {
    // Profiles need readable function names.
    const extra = PROFILE ? ['--minify', 'false'] : [];
    const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', OUT_DIR, ...extra], {
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('build failed');
  }
  const data = generateHistory(SESSIONS, PER_SESSION);
  console.log(`generated ${data.sessions.length} sessions, ${data.attempts.length} attempts`);
  const server: ChildProcess = await startPreview(PORT, OUT_DIR);
  try {
    if (
      !(await fetch(BASE).then(
        (r) => r.ok,
        () => false,
      ))
    )
      throw new Error(`vite preview did not answer on ${BASE} (is the port taken? try --port)`);
    const browser = await chromium.launch({
      executablePath: browserInfo.executablePath,
      args: [...CHROMIUM_ARGS, ...(RECORDING ? FAKE_MIC_ARGS : [])],
    });
    const results = new Map<Rate, RunFigures[]>(RATES.map((rate) => [rate, []]));
    const recordingResults = new Map<Rate, RecordingRun[]>(RATES.map((rate) => [rate, []]));
    try {
      for (let run = 0; run < RUNS; run++) {
        const context = await browser.newContext({
          viewport: { width: 1280, height: 900 },
          permissions: RECORDING ? ['microphone'] : [],
        });
        if (RECORDING) {
          // tsx names inner functions and classes with a helper (`__name`) the page lacks: a no-op one first.
          await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
          await context.addInitScript(installRecorderProbe);
        }
        const page = await context.newPage();
        await seedHistory(page, BASE, data);
        // Interleaved, so a burst of load on the machine hits both rates alike.
        for (const rate of run % 2 ? [...RATES].reverse() : RATES) {
          const figures = await measure(page, rate);
          results.get(rate)!.push(figures);
          console.log(
            `  run ${run + 1}/${RUNS} at ${rate}×: submit ${fmtEvent(figures.submit.interaction)} ` +
              `(reveal painted ${fmt(figures.submit.revealPainted)} by ${figures.submit.source}, frame end ${fmt(figures.submit.frameEnd)}; ${figures.submit.events}), ` +
              `Ctrl+Enter ${fmtEvent(figures.shortcut.interaction)} (reveal painted ${fmt(figures.shortcut.revealPainted)}), ` +
              `keys median ${fmtEvent(median(figures.keys))} p95 ${fmtEvent(percentile(figures.keys, 95))}`,
          );
          if (RECORDING) {
            const recording = await measureWhileRecording(page, rate);
            if (recording.state !== 'recording')
              throw new Error(`the recorder was "${recording.state}" after the keystrokes, not recording`);
            recordingResults.get(rate)!.push(recording);
            console.log(
              `  run ${run + 1}/${RUNS} at ${rate}× while recording: keys median ${fmtEvent(median(recording.keys))} ` +
                `p95 ${fmtEvent(percentile(recording.keys, 95))} (level meter read ${recording.meterReads} times while typing)`,
            );
          }
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }

    console.log(`\n=== Rehearse interaction benchmark ===`);
    console.log(`  Chromium ${browser.version()}, Node ${process.version}, ${machineInfo()}`);
    console.log(
      `  Data: ${data.sessions.length} sessions, ${data.attempts.length} attempts; median of ${RUNS} runs per figure`,
    );
    console.log(
      `  Event Timing durations are rounded to 8 ms and reported from ${THRESHOLD_MS} ms up ("< ${THRESHOLD_MS} ms": none reached it)`,
    );
    const row = (label: string, values: number[], target: number | null, format = fmt) => {
      const m = median(values);
      const verdict =
        target === null ? '' : m < target || (format === fmtEvent && m <= target) ? 'PASS' : '*** MISS ***';
      const goal = target === null ? '' : `target ${format === fmtEvent ? '≤' : '<'} ${fmt(target)}`;
      console.log(
        `  ${label.padEnd(46)} ${format(m).padStart(8)}   (runs: ${values.map(format).join(', ')})  ${goal}  ${verdict}`,
      );
    };
    for (const rate of RATES) {
      const runs = results.get(rate)!;
      const target = SUBMIT_TARGET_MS[rate];
      // The issue asks for a keystroke within one frame as the app runs, not under 4× throttling (shown, no target).
      const keystrokeTarget = rate === 1 ? FRAME_MS : null;
      console.log(`\n  CPU ${rate}×${rate === 1 ? ' (no throttling)' : ' throttling'}`);
      const submits = [
        ['Submit (button)', 'click', (r: (typeof runs)[number]) => r.submit],
        ['Submit (Ctrl+Enter)', 'keydown', (r: (typeof runs)[number]) => r.shortcut],
      ] as const;
      for (const [name, event, submit] of submits) {
        row(
          `${name}: interaction, Event Timing`,
          runs.map((r) => submit(r).interaction),
          target,
          fmtEvent,
        );
        row(
          `  ${event} → reveal content painted`,
          runs.map((r) => submit(r).revealPainted),
          target,
        );
      }
      row(
        `Keystroke, median of ${KEYSTROKE_TEXT.length} (Event Timing)`,
        runs.map((r) => median(r.keys)),
        keystrokeTarget,
        fmtEvent,
      );
      row(
        `Keystroke, p95 of ${KEYSTROKE_TEXT.length} (Event Timing)`,
        runs.map((r) => percentile(r.keys, 95)),
        keystrokeTarget,
        fmtEvent,
      );
      if (RECORDING) {
        const recording = recordingResults.get(rate)!;
        row(
          `  while recording: median`,
          recording.map((r) => median(r.keys)),
          keystrokeTarget,
          fmtEvent,
        );
        row(
          `  while recording: p95`,
          recording.map((r) => percentile(r.keys, 95)),
          keystrokeTarget,
          fmtEvent,
        );
        const side = (pick: (keys: number[]) => number) =>
          `${fmtEvent(median(runs.map((r) => pick(r.keys))))} typing | ${fmtEvent(median(recording.map((r) => pick(r.keys))))} recording`;
        console.log(
          `  ${'Keystroke, side by side'.padEnd(46)} median ${side(median)};  p95 ${side((k) => percentile(k, 95))}`,
        );
        // Every keystroke counted, not only medians: a dropped or slow key shows here.
        const slow = (all: number[][]) => all.flat().filter((ms) => ms > FRAME_MS).length;
        console.log(
          `  ${'Keystrokes over one frame (all runs)'.padEnd(46)} ${slow(runs.map((r) => r.keys))} of ${runs.length * KEYSTROKE_TEXT.length} typing | ` +
            `${slow(recording.map((r) => r.keys))} of ${recording.length * KEYSTROKE_TEXT.length} recording`,
        );
      }
    }
  } finally {
    stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench:interaction could not measure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
