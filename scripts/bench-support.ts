/**
 * What the browser benchmarks share (`bench-history.ts`, `bench-interaction.ts`):
 * command-line options, the generated history (1,000 sessions and 10,000
 * attempts over the bundled guides by default, the same data on every run),
 * seeding it into IndexedDB as the v1 schema, the `vite preview` server, and
 * small formatting helpers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

import type { Page } from '@playwright/test';

import { findGuideFiles, loadContent } from '../src/content-loader/load-content.ts';
import { Rng } from './rng.ts';

/** `--name value` from the command line, as a number, or `fallback`. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

/** `--name value` from the command line, as a string, or `fallback`. */
export function stringOption(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : fallback;
}

/** A deterministic PRNG, so every run benchmarks the same data. */
export function mulberry32(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

export interface History {
  sessions: unknown[];
  attempts: unknown[];
}

/**
 * `sessions` completed sessions of `perSession` rated attempts each, over the
 * questions of the guides in `content/`, spread over the last 400 days, as
 * v1 records.
 */
export function generateHistory(sessionCount: number, perSession: number): History {
  const { files } = findGuideFiles(['content']);
  const questions = loadContent(files).guides.flatMap(({ guide }) =>
    guide.questions.map((q) => ({ id: q.id, guideSlug: guide.slug })),
  );
  const random = mulberry32(42);
  const day = 86_400_000;
  const start = Date.now() - 400 * day;
  const sessions: unknown[] = [];
  const attempts: unknown[] = [];
  const grades = ['again', 'hard', 'good', 'easy'] as const;
  const phrases = [
    'At my previous company our partner pipeline had stalled.',
    'I ran a two-week pilot with two vendors and compared them on a scorecard.',
    'As a result onboarding time fell by 30% and we signed a reseller agreement.',
    'I set up weekly check-ins and a shared roadmap with the partner team.',
  ];
  for (let s = 0; s < sessionCount; s++) {
    const id = `bench-session-${s}`;
    const createdAt = start + Math.floor((s / sessionCount) * 400 * day);
    const picked = Array.from({ length: perSession }, (_, i) => questions[(s * 7 + i) % questions.length]!);
    sessions.push({
      schemaVersion: 1,
      id,
      createdAt,
      updatedAt: createdAt + perSession * 150_000,
      settings: {
        guideSlugs: [],
        categories: [],
        count: perSession,
        order: 'guide',
        timeLimitSec: 120,
        thinkTimeSec: 0,
        input: 'type',
      },
      questionIds: picked.map((q) => q.id),
      currentIndex: perSession - 1,
      status: 'completed',
      pausedAt: null,
      completedAt: createdAt + perSession * 150_000,
    });
    picked.forEach((q, i) => {
      const rating = () => Math.floor(random() * 5) as 0 | 1 | 2 | 3 | 4;
      const submittedAt = createdAt + (i + 1) * 150_000;
      attempts.push({
        schemaVersion: 1,
        id: `bench-attempt-${s}-${i}`,
        sessionId: id,
        questionId: q.id,
        guideSlug: q.guideSlug,
        answer: Array.from({ length: 3 }, () => phrases[Math.floor(random() * phrases.length)]).join(' '),
        source: 'typed',
        startedAt: submittedAt - 100_000,
        submittedAt,
        durationMs: 100_000,
        timeLimitSec: 120,
        overtimeSec: 0,
        skipped: false,
        ratings: { context: rating(), approach: rating(), example: rating(), outcome: rating() },
        practicesCovered: [0],
        pitfallsHit: [],
        hints: null,
        grade: grades[Math.floor(random() * 4)],
        gradeOverridden: false,
        note: '',
        ratedAt: submittedAt + 20_000,
      });
    });
  }
  return { sessions, attempts };
}

/** Writes the data as the v1 schema, on a page of the app's origin that does not run the app. */
export async function seedHistory(page: Page, base: string, data: History) {
  await page.goto(`${base}/favicon.svg`);
  await page.evaluate(async ({ sessions, attempts }) => {
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase('rehearse');
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('rehearse', 1);
      open.onupgradeneeded = () => {
        const d = open.result;
        d.createObjectStore('sessions', { keyPath: 'id' });
        const a = d.createObjectStore('attempts', { keyPath: 'id' });
        a.createIndex('bySession', 'sessionId');
        a.createIndex('byQuestion', 'questionId');
        d.createObjectStore('meta');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['sessions', 'attempts', 'meta'], 'readwrite');
      for (const s of sessions) tx.objectStore('sessions').put(s);
      for (const a of attempts) tx.objectStore('attempts').put(a);
      tx.objectStore('meta').put(1, 'schemaVersion');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, data);
}

/**
 * Starts `vite preview` on `port` (serving `outDir`, default `dist/`) in its
 * own process group, and resolves once it answers. Stop it with `stopServer`.
 */
export async function startPreview(port: number, outDir?: string): Promise<ChildProcess> {
  const extra = outDir ? ['--outDir', outDir] : [];
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', ...extra], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(`http://localhost:${port}`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return server;
}

/** Ends the server and everything it started (its process group). */
export function stopServer(server: ChildProcess) {
  if (!server.pid) return;
  try {
    process.kill(-server.pid);
  } catch {
    // Already gone.
  }
}

/** The element at the middle of the sorted values (the upper one of the two for an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The nearest-rank percentile `p` (0–100) of the values. */
export const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

export const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

/** The processor, its core count and the load average (1, 5 and 15 minutes) right now. */
export function machineInfo(): string {
  const [one, five, fifteen] = loadavg().map((x) => x.toFixed(2));
  return `${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, load average ${one}, ${five}, ${fifteen}`;
}

/**
 * Runs `action` while sampling the page's CPU (100 µs interval) and returns
 * its result with the self time per function (`name file:line`), most first,
 * idle left out. For the benchmarks' `--profile`: readable with an unminified build.
 */
export async function withCpuProfile<T>(
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; selfTimes: [name: string, ms: number][] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
  const self = new Map<string, number>();
  const counts = new Map<number, number>();
  for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (counts.get(node.id) ?? 0) * interval);
  }
  const selfTimes = [...self].filter(([name]) => !name.startsWith('(idle)')).sort((a, b) => b[1] - a[1]);
  return { result, selfTimes };
}
