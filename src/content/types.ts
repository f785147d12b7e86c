/**
 * The question bank's data model, shared by the build-time loader (Node) and
 * the app (browser). Plain data only: everything here must survive JSON.
 */

/** The parts a model answer is split into, in the order the app shows them. */
export const SECTION_KINDS = [
  'context',
  'approach',
  'example',
  'outcome',
  'bestPractices',
  'pitfalls',
  'followUps',
  'answer',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface AnswerSection {
  kind: SectionKind;
  /** The label as written in the guide ("Pitfalls to Avoid", "Situation"); "Answer" for unlabelled text. */
  label: string;
  /** The section's body as markdown, dedented, without its label. */
  markdown: string;
  /**
   * The titles of the wrappers this part sat inside in the guide, outermost
   * first, joined with " › " ("Scenario 1: Implementing Salesforce", "IaaS",
   * "Detailed Answer › Example 2"); absent or empty for a part written at the
   * answer's top level. Shown as a small sub-heading above the part's text so
   * multi-scenario answers read as "Scenario 1 … / Scenario 2 …" in each card.
   */
  within?: string;
}

export interface Question {
  /** Stable across reordering and answer edits: guide slug + normalised question text. */
  id: string;
  /** 1-based position in the guide. */
  number: number;
  /** Canonical group name: Technical, Behavioral, Situational, Problem-Solving, Additional, …; General when the guide has none. */
  category: string;
  /** The question as plain text, numbering labels removed. */
  text: string;
  /**
   * The model answer split into parts: every labelled part found at any depth
   * of the answer, in guide order within each kind. Empty when the guide has
   * no model answer for the question.
   */
  sections: AnswerSection[];
  /**
   * The model answer as written in the guide (its own order and nesting), as
   * markdown; empty or absent when the guide has none. Shown behind an
   * "as written" toggle so nothing is reordered out of sight.
   */
  asWritten?: string;
  /**
   * The model answer's distinctive terms, most distinctive first, weighted
   * against the whole question bank; filled in at build time (empty from the
   * single-file parser).
   */
  keyTerms: string[];
  /** 1-based line of the question in its file. */
  line: number;
}

/** Text in the guide that is neither overview nor a question (Conclusion, closing remarks). */
export interface GuideNote {
  title: string;
  markdown: string;
  line: number;
}

export interface GuideMeta {
  slug: string;
  title: string;
  description: string;
  category: string;
  vertical: string;
  tags: string[];
  pubDate: string | null;
  modDate: string | null;
  author: string;
}

export interface Guide extends GuideMeta {
  /** Markdown before the first question group (qualifications, certifications). */
  overview: string;
  questions: Question[];
  notes: GuideNote[];
}

/**
 * What the first page needs about a guide; the full guide is loaded lazily. Without the dates and the
 * author, which only the guide page shows (from the full guide): at 1,000 guides they were 11 of the
 * catalogue chunk's 100 KiB gzip.
 */
export interface GuideSummary extends Omit<GuideMeta, 'pubDate' | 'modDate' | 'author'> {
  questionCount: number;
  /** A guide of the user's own (imported or written in the app, kept on the device); absent for bundled guides. */
  mine?: boolean;
  /** Categories in guide order with their question counts. */
  categories: { name: string; count: number }[];
}

/** One question in the lazily loaded search index of the whole bank. */
export interface SearchEntry {
  id: string;
  guideSlug: string;
  guideTitle: string;
  category: string;
  number: number;
  text: string;
}

export interface ContentIssue {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

export type ParseResult =
  | { ok: true; guide: Guide; warnings: ContentIssue[] }
  | { ok: false; errors: ContentIssue[]; warnings: ContentIssue[] };
