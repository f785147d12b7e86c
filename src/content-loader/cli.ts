/**
 * `npm run content:check -- [DIR_OR_FILE …] [--json] [--no-cache]`
 * Parses guides with the same parser and cache as the build, prints a summary
 * per guide (or JSON with --json) and exits 1 when any guide has an error.
 */
import { SECTION_KINDS, type Guide, type SectionKind } from '../content/types.ts';
import { defaultCacheDir, formatIssue, loadGuides, ParseCache, type ContentLoad } from './load-content.ts';

/** What the parser found in a guide: how many questions, how many without a model answer, how many with each part. */
interface GuideStats {
  questions: number;
  withoutModelAnswer: number;
  /** Questions that have at least one section of each kind. */
  parts: Record<SectionKind, number>;
  warnings: number;
}

function emptyStats(): GuideStats {
  const parts = Object.fromEntries(SECTION_KINDS.map((k) => [k, 0])) as Record<SectionKind, number>;
  return { questions: 0, withoutModelAnswer: 0, parts, warnings: 0 };
}

function guideStats(guide: Guide, warnings: number): GuideStats {
  const stats = emptyStats();
  stats.questions = guide.questions.length;
  stats.warnings = warnings;
  for (const q of guide.questions) {
    if (q.sections.length === 0) stats.withoutModelAnswer++;
    for (const kind of new Set(q.sections.map((s) => s.kind))) stats.parts[kind]++;
  }
  return stats;
}

function addStats(total: GuideStats, stats: GuideStats): void {
  total.questions += stats.questions;
  total.withoutModelAnswer += stats.withoutModelAnswer;
  total.warnings += stats.warnings;
  for (const kind of SECTION_KINDS) total.parts[kind] += stats.parts[kind];
}

function printJson(result: ContentLoad): void {
  const totals = emptyStats();
  const guides = result.guides.map(({ file, guide, warnings }) => {
    const stats = guideStats(guide, warnings.length);
    addStats(totals, stats);
    return {
      file,
      slug: guide.slug,
      title: guide.title,
      stats,
      warnings: warnings.map(({ file: f, line, message }) => ({ file: f, line, message })),
      questions: guide.questions.map((q) => ({
        id: q.id,
        number: q.number,
        category: q.category,
        text: q.text,
        sections: q.sections.map((s) => ({
          kind: s.kind,
          label: s.label,
          markdown: s.markdown,
          ...(s.within ? { within: s.within } : {}),
        })),
      })),
    };
  });
  const out = {
    guides,
    totals: { guides: guides.length, ...totals },
    errors: result.errors.map(({ file, line, message }) => ({ file, line, message })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

const SHORT: Record<SectionKind, string> = {
  context: 'context',
  approach: 'approach',
  example: 'example',
  outcome: 'outcome',
  bestPractices: 'best practices',
  pitfalls: 'pitfalls',
  followUps: 'follow-ups',
  answer: 'answer',
};

function describeParts(stats: GuideStats): string {
  return (
    SECTION_KINDS.filter((k) => stats.parts[k] > 0)
      .map((k) => `${SHORT[k]} ${stats.parts[k]}`)
      .join(', ') || 'none'
  );
}

function printSummary(result: ContentLoad): void {
  const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: number, s: string) => (useColour ? `\u001b[${code}m${s}\u001b[0m` : s);
  const totals = emptyStats();
  for (const { file, guide, warnings } of result.guides) {
    const stats = guideStats(guide, warnings.length);
    addStats(totals, stats);
    console.log(`${paint(1, guide.title)}  ${paint(2, file)}`);
    const byCategory = new Map<string, number>();
    for (const q of guide.questions) byCategory.set(q.category, (byCategory.get(q.category) ?? 0) + 1);
    const counts = [...byCategory].map(([c, n]) => `${c} ${n}`).join(', ');
    console.log(`  ${guide.questions.length} questions: ${counts}`);
    console.log(`  answer parts (questions with each): ${describeParts(stats)}`);
    if (stats.withoutModelAnswer) console.log(`  ${stats.withoutModelAnswer} question(s) without a model answer`);
    if (guide.notes.length) console.log(`  notes: ${guide.notes.map((n) => n.title || '(untitled)').join(', ')}`);
    for (const w of warnings) console.log(`  ${paint(33, 'warning')} ${formatIssue(w)}`);
  }
  for (const e of result.errors) console.log(`${paint(31, 'error')} ${formatIssue(e)}`);
  console.log(
    `\n${result.guides.length} guide(s), ${totals.questions} question(s), ${result.errors.length} error(s), ${result.warnings.length} warning(s)` +
      ` (${result.parsed} parsed, ${result.files.length - result.parsed} from cache)`,
  );
  if (result.guides.length > 1) {
    console.log(`questions without a model answer: ${totals.withoutModelAnswer}`);
    console.log(`answer parts in total (questions with each): ${describeParts(totals)}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const useCache = !args.includes('--no-cache');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--no-cache');
  if (unknown.length || args.includes('-h')) {
    console.error('usage: npm run content:check -- [DIR_OR_FILE …] [--json] [--no-cache]');
    process.exitCode = 2;
    return;
  }
  const inputs = args.filter((a) => !a.startsWith('--'));
  const load = loadGuides(inputs.length ? inputs : ['content'], inputs.join(' ') || 'content', {
    cache: new ParseCache(useCache ? defaultCacheDir(process.cwd()) : null),
  });

  if (json) printJson(load);
  else printSummary(load);
  process.exitCode = load.errors.length ? 1 : 0;
}

main();
