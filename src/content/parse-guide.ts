/**
 * Turns one guide (markdown + YAML frontmatter) into a `Guide`, or a list of
 * errors with their lines. Pure: no Node APIs, never throws, so the browser
 * can use it too.
 *
 * How questions are found, top-level block by block:
 * - Headings are question groups ("Technical Questions", "#### 1. Technical
 *   Questions"), the start of the questions ("Interview Questions and
 *   Answers"), questions (`#### 1. …`, `##### Q1: …`, `#### Question 1` with
 *   the text in the bold paragraph below, plain `#### How do you …?`), or
 *   other sections. Other sections before the questions are the overview;
 *   after them they are guide notes ("Conclusion"), and nothing in them is a
 *   question unless it is numbered or asks something.
 * - A paragraph that is all bold and reads as a question (`**Q1: …**`,
 *   `**1. Explain …**`) is a question, unless questions here are headings.
 * - A list item whose first paragraph is all bold and reads as a question is
 *   one (`1. **Explain …**`). Bullet items only count where no answer is under
 *   way, so follow-up questions inside an answer stay in it.
 * - Everything up to the next question or group is that question's answer.
 *   Closing remarks after the last answer of a group become a guide note.
 *
 * Kept in one file, over the 350-line guide of issue 14: `parse` is one pass
 * over the top-level blocks whose rules above share its state (the current
 * group, question, answer and notes), and the helpers after it are the
 * tests that pass makes. The frontmatter reader at the end could stand alone,
 * but would bring the rest only to about 370 lines.
 */
import type { Heading, List, ListItem, Node, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument } from 'yaml';

import { splitAnswerDetailed, type AnswerUnit } from './answer-sections.ts';
import { questionId, slugFromFile } from './ids.ts';
import { SourceText } from './source-slice.ts';
import {
  GENERAL_CATEGORY,
  classifyBareGroupHeading,
  classifyGroupHeading,
  looksLikeQuestion,
  stripNumbering,
} from './text-rules.ts';
import type { ContentIssue, Guide, GuideMeta, GuideNote, ParseResult, Question } from './types.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

interface Draft {
  text: string;
  category: string;
  line: number;
  /** Heading depth for heading questions; answers end at the next heading this deep or shallower. */
  depth: number | null;
  origin: 'heading' | 'bold' | 'item';
  units: AnswerUnit[];
}

interface NoteDraft {
  title: string;
  line: number;
  depth: number;
  blocks: RootContent[];
}

export function parseGuide(text: string, file: string): ParseResult {
  try {
    return parse(text, file);
  } catch (error) {
    // The tokenizer accepts any text; this is a last guard so one bad file cannot stop a run.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ file, line: 1, message: `could not be parsed: ${message}` }], warnings: [] };
  }
}

function parse(text: string, file: string): ParseResult {
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const issue = (list: ContentIssue[], line: number, message: string) => list.push({ file, line, message });
  const source = new SourceText(text);
  const root = processor.parse(text) as Root;
  const slug = slugFromFile(file);

  let blocks = root.children;
  let meta: GuideMeta;
  const first = blocks[0];
  if (first?.type === 'yaml') {
    meta = readFrontmatter(first.value, lineOf(first) + 1, slug, (line, message, isError) =>
      issue(isError ? errors : warnings, line, message),
    );
    blocks = blocks.slice(1);
  } else {
    issue(errors, 1, 'missing YAML frontmatter: the file must start with a --- block that has at least `term`');
    meta = emptyMeta(slug);
  }
  const bodyLine = blocks[0] ? lineOf(blocks[0]) : 1;

  const overview: RootContent[] = [];
  const notes: NoteDraft[] = [];
  const drafts: Draft[] = [];
  let category = GENERAL_CATEGORY;
  let groupDepth = 0;
  let inQuestions = false;
  let note: NoteDraft | null = null;
  let q: Draft | null = null;
  /** Questions of the current group, to tell closing remarks from answers. */
  let group: Draft[] = [];

  const start = (draft: Omit<Draft, 'category' | 'units'>, units: AnswerUnit[] = []): void => {
    closeQuestion();
    q = { ...draft, category, units };
    drafts.push(q);
    group.push(q);
    note = null;
    inQuestions = true;
  };
  const closeQuestion = (): void => {
    q = null;
  };
  const endGroup = (): void => {
    moveClosingRemarks(group, notes);
    group = [];
    q = null;
  };
  const keep = (node: RootContent): void => {
    if (q) q.units.push(node);
    else if (note) note.blocks.push(node);
    else if (!inQuestions) overview.push(node);
    else {
      note = { title: '', line: lineOf(node), depth: 99, blocks: [node] };
      notes.push(note);
    }
  };

  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    const current = q as Draft | null;

    if (node.type === 'heading') {
      const heading = node;
      // Headings inside a heading question's answer ("##### Example") belong to it.
      if (current?.depth != null && heading.depth > current.depth) {
        current.units.push(heading);
        continue;
      }
      const raw = toString(heading).trim();
      const bare = inQuestions && groupDepth > 0 && heading.depth === groupDepth ? classifyBareGroupHeading(raw) : null;
      const group = classifyGroupHeading(raw) ?? (bare ? { role: 'category' as const, category: bare } : null);
      if (group) {
        endGroup();
        note = null;
        inQuestions = true;
        groupDepth = heading.depth;
        category = group.role === 'category' ? group.category : GENERAL_CATEGORY;
        continue;
      }
      const { text: stripped, number } = stripNumbering(raw);
      if (number !== null && stripped === '') {
        // `#### Question 1` with the question in the bold paragraph below.
        const next = blocks[i + 1];
        const asked = next?.type === 'paragraph' ? questionParagraphText(next) ?? plainQuestion(next) : '';
        if (asked) {
          start({ text: stripNumbering(asked).text, line: lineOf(heading), depth: heading.depth, origin: 'heading' });
          i++;
        } else {
          issue(errors, lineOf(heading), `"${raw}" has no question text: put it in the heading or in a bold paragraph right below it`);
        }
        continue;
      }
      const inNote = note !== null;
      const asks = inQuestions && !inNote ? looksLikeQuestion(stripped, number !== null) : number !== null || stripped.endsWith('?');
      if (asks && stripped) {
        start({ text: stripped, line: lineOf(heading), depth: heading.depth, origin: 'heading' });
        continue;
      }
      if (!inQuestions) {
        overview.push(heading);
        continue;
      }
      // A section that is not a question ("Conclusion", "Common Pitfalls to Avoid").
      if (current && heading.depth > groupDepth && groupDepth > 0 && current.depth === null) {
        current.units.push(heading);
        continue;
      }
      endGroup();
      note = { title: raw, line: lineOf(heading), depth: heading.depth, blocks: [] };
      notes.push(note);
      continue;
    }

    if (node.type === 'paragraph') {
      const asked = questionParagraphText(node);
      const numbered = asked !== null && stripNumbering(asked).number !== null;
      const canAsk = current?.origin !== 'heading' && (note === null || numbered || asked?.endsWith('?'));
      if (asked !== null && canAsk && (inQuestions || numbered)) {
        start({ text: stripNumbering(asked).text, line: lineOf(node), depth: null, origin: 'bold' });
        continue;
      }
      keep(node);
      continue;
    }

    if (node.type === 'list' && current === null && note === null && inQuestions && isPlainQuestionList(node)) {
      // A bare list of questions right under a group heading: `1. How do you …?`
      for (const item of node.children) {
        const text = stripNumbering(toString(item)).text;
        start({ text, line: lineOf(item), depth: null, origin: 'item' });
      }
      continue;
    }

    if (node.type === 'list' && current?.origin !== 'heading' && (inQuestions || node.ordered)) {
      const questionItems = node.children.filter((item) => itemQuestion(item) !== null);
      const allowed =
        questionItems.length > 0 &&
        (node.ordered
          ? !followsFollowUpLabel(current) && (note === null || node.children.every((it) => itemQuestion(it)?.endsWith('?')))
          : note === null && (current === null || current.units.length === 0));
      if (allowed) {
        for (const item of node.children) {
          const asked = itemQuestion(item);
          if (asked !== null) {
            start({ text: stripNumbering(asked).text, line: lineOf(item), depth: null, origin: 'item' }, item.children.slice(1));
          } else if (q) {
            (q as Draft).units.push(item);
          } else keep(item as unknown as RootContent);
        }
        continue;
      }
    }

    if (node.type === 'thematicBreak') continue;
    keep(node);
  }
  endGroup();

  const questions = finishQuestions(drafts, slug, source, file, errors, warnings);
  if (questions.length === 0) {
    issue(
      errors,
      bodyLine,
      'no questions found: write them as headings (`#### 1. …?`, `##### Q1: …`), bold paragraphs (`**Q1: …**`) or bold numbered list items (`1. **…?**`)',
    );
  }

  if (errors.length) return { ok: false, errors, warnings };
  const guide: Guide = {
    ...meta,
    overview: overviewMarkdown(overview, source),
    questions,
    notes: notes
      .map((n): GuideNote => ({ title: n.title, line: n.line, markdown: n.blocks.map((b) => source.slice(b)).join('\n\n') }))
      .filter((n) => n.title || n.markdown),
  };
  return { ok: true, guide, warnings };
}

function finishQuestions(
  drafts: Draft[],
  slug: string,
  source: SourceText,
  file: string,
  errors: ContentIssue[],
  warnings: ContentIssue[],
): Question[] {
  const seen = new Map<string, number>();
  const questions: Question[] = [];
  for (const draft of drafts) {
    const id = questionId(slug, draft.text);
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      errors.push({ file, line: draft.line, message: `duplicate question (same text as the question on line ${earlier}): "${draft.text}"` });
      continue;
    }
    seen.set(id, draft.line);
    const { sections, unknownLabels } = splitAnswerDetailed(draft.units, source);
    for (const label of unknownLabels) {
      warnings.push({
        file,
        line: label.line,
        message: `"${label.text}" looks like an answer-part label but names none that Rehearse knows (Context, Approach, Example, Outcome, Best Practices, Pitfalls, Follow-up), so its text is shown as general model-answer text; rename it to one of those if it is one`,
      });
    }
    const asWritten = draft.units.map((unit) => source.slice(unit)).filter(Boolean).join('\n\n');
    questions.push({
      id,
      number: questions.length + 1,
      category: draft.category,
      text: draft.text,
      sections,
      ...(sections.length > 0 && asWritten ? { asWritten } : {}),
      keyTerms: [],
      line: draft.line,
    });
  }
  return questions;
}

/**
 * Text after the last answer of a group that speaks to the reader ("For each
 * of these questions…", "This guide provides…") is not part of that answer.
 * It is recognised by shape: plain paragraphs after an answer laid out as
 * lists, or after questions that had no answers at all.
 */
function moveClosingRemarks(group: Draft[], notes: NoteDraft[]): void {
  const last = group[group.length - 1];
  if (!last || last.units.length === 0) return;
  let cut = last.units.length;
  while (cut > 0 && isPlainTopLevelParagraph(last.units[cut - 1]!)) cut--;
  if (cut === last.units.length) return;
  const before = last.units.slice(0, cut);
  const previous = group[group.length - 2];
  const listShaped = before.some((u) => u.type === 'list' || u.type === 'listItem');
  const bareRun = before.length === 0 && last.origin !== 'bold' && previous !== undefined && previous.units.length === 0;
  if (!listShaped && !bareRun) return;
  const moved = last.units.splice(cut);
  notes.push({ title: '', line: lineOf(moved[0]!), depth: 99, blocks: moved as RootContent[] });
}

function isPlainTopLevelParagraph(node: Node): boolean {
  if (node.type !== 'paragraph') return false;
  if ((node.position?.start.column ?? 1) !== 1) return false;
  const firstChild = (node as Paragraph).children[0];
  return firstChild?.type !== 'strong';
}

/** The question in a paragraph that is bold from end to end, or null. */
function questionParagraphText(node: Paragraph): string | null {
  const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  if (children.length !== 1 || children[0]!.type !== 'strong') return null;
  const text = toString(children[0]).trim();
  const { text: rest, number } = stripNumbering(text);
  return looksLikeQuestion(rest, number !== null) ? text : null;
}

/** Every item is one plain paragraph that asks something (ordered items may also be imperative: `1. Explain …`). */
function isPlainQuestionList(list: List): boolean {
  return list.children.every((item) => {
    const head = item.children[0];
    if (item.children.length !== 1 || head?.type !== 'paragraph' || head.children[0]?.type === 'strong') return false;
    const { text } = stripNumbering(toString(head));
    return text.endsWith('?') || (list.ordered === true && looksLikeQuestion(text, false));
  });
}

/** A plain (not bold) paragraph that asks something, for `#### Question 1` headings. */
function plainQuestion(node: Paragraph): string {
  const text = toString(node).trim();
  return text.endsWith('?') ? text : '';
}

function itemQuestion(item: ListItem): string | null {
  const head = item.children[0];
  return head?.type === 'paragraph' ? questionParagraphText(head) : null;
}

/** True when the answer under way just opened a follow-up part, whose list holds questions that belong to it. */
function followsFollowUpLabel(q: Draft | null): boolean {
  const last = q?.units[q.units.length - 1];
  if (!last || last.type !== 'paragraph') return false;
  return /^follow[\s-]?up/i.test(toString(last).trim());
}

function overviewMarkdown(blocks: RootContent[], source: SourceText): string {
  let list = blocks;
  // The guide's own title heading repeats `term`; the app shows the title already.
  const head = list[0];
  if (head?.type === 'heading' && (head as Heading).depth <= 2) list = list.slice(1);
  if (list.length === 0) return '';
  return list.map((b) => source.slice(b)).join('\n\n');
}

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}


function emptyMeta(slug: string): GuideMeta {
  return { slug, title: '', description: '', category: '', vertical: '', tags: [], pubDate: null, modDate: null, author: '' };
}

type Report = (line: number, message: string, isError: boolean) => void;

/** Frontmatter keys the app reads; any others are allowed and ignored. */
function readFrontmatter(yamlText: string, firstLine: number, slug: string, report: Report): GuideMeta {
  const meta = emptyMeta(slug);
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const line = firstLine + countLines(yamlText, error.pos[0]);
    report(line, `invalid YAML in frontmatter: ${error.message.split('\n')[0]}`, true);
  }
  if (doc.errors.length) return meta;
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    report(firstLine, 'frontmatter must be a set of `key: value` lines', true);
    return meta;
  }
  const record = data as Record<string, unknown>;
  const lineOfKey = (key: string): number => {
    const pair = (doc.contents as { items?: { key?: { value?: unknown; range?: number[] } }[] } | null)?.items?.find(
      (item) => item.key?.value === key,
    );
    const offset = pair?.key?.range?.[0];
    return offset === undefined ? firstLine : firstLine + countLines(yamlText, offset);
  };
  const str = (key: keyof GuideMeta & string, required = false): string => {
    const value = record[key];
    if (value === undefined || value === null || value === '') {
      if (required) report(lineOfKey(key), `frontmatter has no \`${key}\` (the guide's title)`, true);
      return '';
    }
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    report(lineOfKey(key), `frontmatter \`${key}\` should be text, found ${describe(value)}; ignored`, false);
    return '';
  };
  meta.title = str('term' as keyof GuideMeta & string, true);
  meta.description = str('description');
  meta.category = str('category');
  meta.vertical = str('vertical');
  meta.author = str('author');
  meta.pubDate = date(record.pubDate, 'pubDate', lineOfKey, report);
  meta.modDate = date(record.modDate, 'modDate', lineOfKey, report);
  const tags = record.tags;
  if (Array.isArray(tags)) meta.tags = tags.filter((t): t is string | number => typeof t === 'string' || typeof t === 'number').map((t) => String(t).trim()).filter(Boolean);
  else if (typeof tags === 'string') meta.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
  else if (tags !== undefined && tags !== null) report(lineOfKey('tags'), `frontmatter \`tags\` should be a list, found ${describe(tags)}; ignored`, false);
  return meta;
}

function date(value: unknown, key: string, lineOfKey: (key: string) => number, report: Report): string | null {
  if (value === undefined || value === null || value === '') return null;
  const d = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(String(value)) : null;
  if (!d || Number.isNaN(d.getTime())) {
    report(lineOfKey(key), `frontmatter \`${key}\` is not a date: ${JSON.stringify(value)}; ignored`, false);
    return null;
  }
  return d.toISOString().slice(0, 10);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

function countLines(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

