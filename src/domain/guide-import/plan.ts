/**
 * What importing a batch of parsed guide files would do, file by file, for
 * the preview: refuse it (and why), add it as a new guide, or replace one of
 * the user's own guides (with the diff). Pure; the caller applies the plan.
 * A bad file never stops the others.
 */
import { normaliseQuestionText, slugFromFile } from '../../content/ids.ts';
import type { Guide, SearchEntry } from '../../content/types.ts';
import { countGuide } from './counts.ts';
import { diffGuides } from './diff.ts';
import { MAX_USER_GUIDES } from './limits.ts';
import type {
  BundledGuideRef,
  ExistingBank,
  ImportPlan,
  ImportPlanEntry,
  ImportProblem,
  ParsedGuideFile,
} from './types.ts';

/** A guide is refused when at least this share of its questions are already in one other guide. */
export const DUPLICATE_SHARE = 0.5;

interface Known {
  slug: string;
  title: string;
  texts: ReadonlySet<string>;
}

/** The slug a file name gives (a `.txt` file as if it were `.md`). */
export function guideSlugOfFile(name: string): string {
  return slugFromFile(parserFileName(name));
}

/** The name the parser is given for a file: `.txt` is read as `.md`, so it gives the same slug. */
export function parserFileName(name: string): string {
  return name.replace(/\.txt$/i, '.md');
}

/** The bundled guides as the plan needs them, from the lazily loaded search index (`loadSearchIndex()`). */
export function bundledFromSearchIndex(entries: readonly SearchEntry[]): BundledGuideRef[] {
  const bySlug = new Map<string, BundledGuideRef & { questionTexts: string[] }>();
  for (const e of entries) {
    let guide = bySlug.get(e.guideSlug);
    if (!guide) bySlug.set(e.guideSlug, (guide = { slug: e.guideSlug, title: e.guideTitle, questionTexts: [] }));
    guide.questionTexts.push(e.text);
  }
  return [...bySlug.values()];
}

export function planGuideImport(parsed: readonly ParsedGuideFile[], existing: ExistingBank): ImportPlan {
  const bundled = new Map(existing.bundled.map((g) => [g.slug, g]));
  const mine = new Map(existing.mine.map((g) => [g.slug, g]));
  const known: Known[] = [
    ...existing.bundled.map((g) => ({
      slug: g.slug,
      title: g.title,
      texts: new Set(g.questionTexts.map(normaliseQuestionText)),
    })),
    ...existing.mine.map(knownOf),
  ];
  /** Slugs of the files accepted so far in this batch, with their file names. */
  const batch = new Map<string, string>();
  let userGuides = existing.mine.length;

  const entries = parsed.map((file): ImportPlanEntry => {
    if (file.status === 'refused') {
      return refused(file.name, guideSlugOfFile(file.name), null, [{ line: null, message: file.problem.message }]);
    }
    const { result } = file;
    if (!result.ok) {
      const problems = result.errors.map((e) => ({ line: e.line, message: e.message }));
      return refused(file.name, guideSlugOfFile(file.name), null, problems, result.warnings);
    }
    const { guide, warnings } = result;
    const reject = (message: string) =>
      refused(file.name, guide.slug, guide.title, [{ line: null, message }], warnings);

    const inLibrary = bundled.get(guide.slug);
    if (inLibrary) {
      return reject(
        `«${inLibrary.title}» is already in the library under the name “${guide.slug}”: rename the file to add it as a guide of your own`,
      );
    }
    const earlier = batch.get(guide.slug);
    if (earlier !== undefined) {
      return reject(
        `“${earlier}”, earlier in this batch, is the same guide (both are named “${guide.slug}”): import one of them`,
      );
    }
    const duplicate = mostOverlap(guide, known);
    if (duplicate) {
      return reject(
        `${duplicate.count} of its ${guide.questions.length} questions are already in «${duplicate.title}»`,
      );
    }
    const replaces = mine.get(guide.slug);
    if (!replaces) {
      if (userGuides >= MAX_USER_GUIDES) {
        return reject(
          `you already have ${MAX_USER_GUIDES} guides of your own, the most Rehearse keeps: remove one first`,
        );
      }
      userGuides++;
    }
    batch.set(guide.slug, file.name);
    known.push(knownOf(guide));
    const base = { file: file.name, slug: guide.slug, title: guide.title, guide, counts: countGuide(guide), warnings };
    return replaces
      ? { ...base, status: 'replace', replaces, diff: diffGuides(replaces, guide) }
      : { ...base, status: 'new' };
  });
  return { entries, userGuidesAfter: userGuides };
}

function refused(
  file: string,
  slug: string,
  title: string | null,
  problems: ImportProblem[],
  warnings: ImportPlanEntry['warnings'] = [],
): ImportPlanEntry {
  return { status: 'refused', file, slug, title, problems, warnings };
}

function knownOf(guide: Guide): Known {
  return {
    slug: guide.slug,
    title: guide.title,
    texts: new Set(guide.questions.map((q) => normaliseQuestionText(q.text))),
  };
}

/**
 * The other guide (not one with this guide's slug, which it would replace)
 * holding the most of its questions, when that is at least DUPLICATE_SHARE of them.
 */
function mostOverlap(guide: Guide, known: readonly Known[]): { title: string; count: number } | null {
  const texts = new Set(guide.questions.map((q) => normaliseQuestionText(q.text)));
  if (texts.size === 0) return null;
  let best: { title: string; count: number } | null = null;
  for (const other of known) {
    if (other.slug === guide.slug) continue;
    let count = 0;
    for (const t of texts) if (other.texts.has(t)) count++;
    if (count > (best?.count ?? 0)) best = { title: other.title, count };
  }
  return best && best.count >= DUPLICATE_SHARE * guide.questions.length ? best : null;
}
