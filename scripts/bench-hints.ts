/**
 * `npm run bench:hints -- [--min 0.9] [--misses[=tune|check]]`
 *
 * Measures the structure hints (`detectParts` in src/domain/hints/) against
 * the hand-labelled answers in tests/fixtures/hints/answers.json: per rubric
 * part, precision (of the answers flagged, how many a reader would credit)
 * and recall (of the answers a reader would credit, how many are flagged),
 * with the counts behind them, for the whole set and for each split ("tune"
 * was used while tuning the detector, "check" was held out).
 *
 * Exits 1 when any part's precision or recall on the whole set is below
 * `--min` (default 0.9), so it can gate a change to the heuristics.
 * `--misses` lists every disagreement with the labels (`--misses=tune` only
 * those of the tune split, so the held-out answers stay unseen while tuning).
 */
import { fileURLToPath } from 'node:url';

import { tsImport } from 'tsx/esm/api';

import type * as Hints from '../src/domain/hints';
import { RUBRIC_PARTS, type RubricPart } from '../src/domain/model';
import labelled from '../tests/fixtures/hints/answers.json';
import { usageError } from './usage';

// The app's modules import each other as `@/…`; the root tsconfig is a
// solution file without that alias, so load them with the one that has it.
const { detectParts } = (await tsImport('../src/domain/hints/index.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)),
})) as typeof Hints;

interface Entry {
  id: string;
  split: string;
  form: string;
  answer: string;
  parts: Record<RubricPart, boolean>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const usage = usageError('bench:hints', '[--min 0.9] [--misses[=tune|check]]');

function readOptions(argv: string[]): { min: number; misses: string | null } {
  const options: { min: number; misses: string | null } = { min: 0.9, misses: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (flag === '--min') {
      const raw = inline ?? argv[++i];
      const n = Number(raw);
      if (raw === undefined || !Number.isFinite(n) || n < 0 || n > 1) usage('--min needs a number from 0 to 1');
      options.min = n;
    } else if (flag === '--misses') {
      if (inline !== undefined && inline !== 'tune' && inline !== 'check') usage('--misses takes tune or check');
      options.misses = inline ?? 'all';
    } else if (flag === '-h' || flag === '--help') usage();
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

/** With nothing flagged (or nothing to find) there is nothing wrong (or missed): 1. */
const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

function score(entries: Entry[], found: Map<string, Record<RubricPart, boolean>>): Record<RubricPart, Counts> {
  const out = {} as Record<RubricPart, Counts>;
  for (const part of RUBRIC_PARTS) {
    const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    for (const e of entries) {
      const said = found.get(e.id)![part];
      const truth = e.parts[part];
      if (said && truth) c.tp++;
      else if (said) c.fp++;
      else if (truth) c.fn++;
      else c.tn++;
    }
    out[part] = c;
  }
  return out;
}

function table(title: string, scores: Record<RubricPart, Counts>, count: number): void {
  console.log(`\n${title} (${count} answers)`);
  console.log('part        precision  recall    TP   FP   FN   TN');
  for (const part of RUBRIC_PARTS) {
    const c = scores[part];
    console.log(
      `${part.padEnd(10)}  ${precision(c).toFixed(3).padStart(9)}  ${recall(c).toFixed(3).padStart(6)}  ` +
        [c.tp, c.fp, c.fn, c.tn].map((n) => String(n).padStart(4)).join(' '),
    );
  }
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const entries = labelled.answers as Entry[];
  const found = new Map(
    entries.map((e) => {
      const d = detectParts(e.answer);
      return [e.id, Object.fromEntries(RUBRIC_PARTS.map((p) => [p, d[p].present])) as Record<RubricPart, boolean>];
    }),
  );

  const whole = score(entries, found);
  table('All', whole, entries.length);
  for (const split of ['tune', 'check']) {
    const subset = entries.filter((e) => e.split === split);
    table(`Split "${split}"`, score(subset, found), subset.length);
  }

  if (options.misses) {
    console.log('\nDisagreements with the labels (+ flagged but not labelled, - labelled but not flagged):');
    for (const e of entries) {
      if (options.misses !== 'all' && e.split !== options.misses) continue;
      const d = found.get(e.id)!;
      const diff = RUBRIC_PARTS.filter((p) => d[p] !== e.parts[p]).map((p) => `${d[p] ? '+' : '-'}${p}`);
      if (diff.length === 0) continue;
      console.log(
        `${e.id} [${e.split}/${e.form}] ${diff.join(' ')}\n    ${e.answer.replace(/\n/g, ' ⏎ ').slice(0, 220)}`,
      );
    }
  }

  const failing = RUBRIC_PARTS.filter((p) => precision(whole[p]) < options.min || recall(whole[p]) < options.min);
  if (failing.length > 0) {
    console.error(`\nbench:hints: below ${options.min} on the whole set: ${failing.join(', ')}`);
    process.exit(1);
  }
  console.log(`\nbench:hints: every part at or above ${options.min} in precision and recall on the whole set`);
}

main();
