import type { ContentIssue, Guide, ParseResult, Question, SectionKind } from '../../content/types.ts';
import type { GuideFileProblem } from './check.ts';

/** One file after the parse pipeline: refused before parsing, or the parser's result. */
export type ParsedGuideFile =
  | { name: string; size: number; status: 'parsed'; result: ParseResult }
  | { name: string; size: number; status: 'refused'; problem: GuideFileProblem };

/** A bundled guide as the duplicate checks need it (the lazily loaded search index has all of it). */
export interface BundledGuideRef {
  slug: string;
  title: string;
  /** Its questions' texts as written (normalised here). */
  questionTexts: readonly string[];
}

/** What the library holds already: the bundled guides and the user's own. */
export interface ExistingBank {
  bundled: readonly BundledGuideRef[];
  mine: readonly Guide[];
}

/** What a guide holds, for the preview. */
export interface GuideCounts {
  questions: number;
  /** Categories in guide order with their question counts. */
  categories: { name: string; count: number }[];
  /** For each answer part, how many questions have it. */
  parts: Record<SectionKind, number>;
  /** Questions the guide gives no model answer for. */
  withoutAnswer: number;
}

export interface ChangedQuestion {
  before: Question;
  after: Question;
  /** What differs: the model answer (parts or as written), the category, or both. */
  what: ('answer' | 'category')[];
}

export interface GuideDiff {
  /** Questions only in the new version (a question whose text changed is removed and added: its id changes). */
  added: Question[];
  /** Same id (same text), a different answer or category. */
  changed: ChangedQuestion[];
  /** Questions only in the old version; their history stays. */
  removed: Question[];
  /** Same id, same answer and category (perhaps renumbered). */
  unchanged: Question[];
  /** Frontmatter and overview fields that differ: 'title', 'description', 'tags', … */
  meta: string[];
}

export interface ImportProblem {
  /** 1-based line in the file, when the problem is at one. */
  line: number | null;
  message: string;
}

interface EntryBase {
  /** The file name as given. */
  file: string;
  /** The guide's slug (from the file name). */
  slug: string;
  /** Parser warnings (the guide imports, but something may read oddly). */
  warnings: ContentIssue[];
}

export type ImportPlanEntry =
  | (EntryBase & {
      status: 'refused';
      /** The guide's title, when the file parsed far enough to have one. */
      title: string | null;
      problems: ImportProblem[];
    })
  | (EntryBase & { status: 'new'; title: string; guide: Guide; counts: GuideCounts })
  | (EntryBase & {
      status: 'replace';
      title: string;
      guide: Guide;
      counts: GuideCounts;
      /** The user's guide this one replaces. */
      replaces: Guide;
      diff: GuideDiff;
    });

export interface ImportPlan {
  /** One entry per file, in input order. */
  entries: ImportPlanEntry[];
  /** How many guides of their own the user has once the plan is applied. */
  userGuidesAfter: number;
}
