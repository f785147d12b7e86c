/**
 * `npm run content:check -- [DIR_OR_FILE …] [--json] [--no-cache]`
 * Parses guides with the same parser and cache as the build, prints a summary
 * per guide (or JSON with --json) and exits 1 when any guide has an error.
 */
import { SECTION_KINDS, type SectionKind } from '../content/types.ts';
import {
  defaultCacheDir,
  findGuideFiles,
  formatIssue,
  loadContent,
  ParseCache,
  type ContentLoad,
} from './load-content.ts';

function printJson(result: ContentLoad): void {
  const out = {
    guides: result.guides.map(({ file, guide }) => ({
      file,
      slug: guide.slug,
      title: guide.title,
      questions: guide.questions.map((q) => ({
        id: q.id,
        number: q.number,
        category: q.category,
        text: q.text,
        sections: q.sections.map((s) => ({ kind: s.kind, label: s.label, markdown: s.markdown })),
      })),
    })),
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

function printSummary(result: ContentLoad): void {
  const useColour = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code: number, s: string) => (useColour ? `\u001b[${code}m${s}\u001b[0m` : s);
  for (const { file, guide, warnings } of result.guides) {
    console.log(`${paint(1, guide.title)}  ${paint(2, file)}`);
    const byCategory = new Map<string, number>();
    for (const q of guide.questions) byCategory.set(q.category, (byCategory.get(q.category) ?? 0) + 1);
    const counts = [...byCategory].map(([c, n]) => `${c} ${n}`).join(', ');
    console.log(`  ${guide.questions.length} questions: ${counts}`);
    const kinds = new Map<SectionKind, number>();
    let unanswered = 0;
    for (const q of guide.questions) {
      if (q.sections.length === 0) unanswered++;
      for (const kind of new Set(q.sections.map((s) => s.kind))) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const found = SECTION_KINDS.filter((k) => kinds.has(k)).map((k) => `${SHORT[k]} ${kinds.get(k)}`);
    console.log(`  answer parts (questions with each): ${found.join(', ') || 'none'}`);
    if (unanswered) console.log(`  ${unanswered} question(s) without a model answer`);
    if (guide.notes.length) console.log(`  notes: ${guide.notes.map((n) => n.title || '(untitled)').join(', ')}`);
    for (const w of warnings) console.log(`  ${paint(33, 'warning')} ${formatIssue(w)}`);
  }
  for (const e of result.errors) console.log(`${paint(31, 'error')} ${formatIssue(e)}`);
  const total = result.guides.reduce((n, g) => n + g.guide.questions.length, 0);
  console.log(
    `\n${result.guides.length} guide(s), ${total} question(s), ${result.errors.length} error(s), ${result.warnings.length} warning(s)` +
      ` (${result.parsed} parsed, ${result.files.length - result.parsed} from cache)`,
  );
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
  const { files, errors: findErrors } = findGuideFiles(inputs.length ? inputs : ['content']);
  const load = loadContent(files, { cache: new ParseCache(useCache ? defaultCacheDir(process.cwd()) : null) });
  load.errors.unshift(...findErrors);
  if (files.length === 0 && findErrors.length === 0) {
    load.errors.push({ file: inputs.join(' ') || 'content', line: 1, message: 'no guide files (.md) found' });
  }

  if (json) printJson(load);
  else printSummary(load);
  process.exitCode = load.errors.length ? 1 : 0;
}

main();
