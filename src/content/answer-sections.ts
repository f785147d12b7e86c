/**
 * Splits a model answer into its labelled parts (Context, Approach, Example,
 * Outcome, Best Practices, Pitfalls, Follow-ups; everything else is Answer),
 * wherever in the answer's nesting the labels sit.
 *
 * The rules, in the order they apply:
 * - A label is bold (or italic) text at the start of a paragraph or list item,
 *   with the colon inside or outside (`**Outcome**:`, `**Outcome:**`,
 *   `*Outcome*:`), or a bold paragraph standing alone (`**Best Practices:**`).
 *   Mid-paragraph, a bold label with a colon after a sentence's end starts a
 *   part too (`… over the internet. **Example**: AWS EC2.`).
 * - `Answer` (`Detailed Answer`, `Sample Answer`) is a transparent wrapper:
 *   the labelled items nested in it become parts.
 * - A label standing alone (no text after it) opens a part whose body is what
 *   follows; inside that body, bold lead-ins (`- **Ignoring data**: …`) are the
 *   part's own points, not new parts.
 * - A labelled item that holds labels of *other* parts is a wrapper
 *   (`**Scenario 1**: …` holding Context / Approach / Outcome, `**IaaS**: …`
 *   holding Context / Outcome, `**Approach:**` holding Context / Action Taken /
 *   Outcome): each nested part goes to its own slot, carrying the wrapper's
 *   title in `within` when that title says something ("Scenario 1: Implementing
 *   Salesforce", "IaaS (Infrastructure as a Service)"); the wrapper's own text
 *   and its points of its own kind stay in its own part. Best Practices,
 *   Pitfalls and Follow-ups are never wrappers: what is nested in them is theirs.
 * - A bold lead-in that names no part ("Definition:", "Pointers:") starts, or
 *   continues, an `answer` part and keeps its bold text.
 *
 * Kept in one file, over the 350-line guide of issue 14: the rules above are
 * one recursive walk (`blocks` → `paragraph` → `items` → `wrap`, sharing a
 * `Scope` and its `Collector`), and the label readers before it serve only
 * that walk. Split, one rule would be read across files.
 */
import type { Blockquote, Definition, List, ListItem, Node, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

import type { SourceText } from './source-slice.ts';
import { classifyLabel, looksLikePartLabel } from './text-rules.ts';
import type { AnswerSection, SectionKind } from './types.ts';

export interface Label {
  text: string;
  kind: SectionKind | null;
  /** Markdown after the label in the same paragraph. */
  rest: string;
}

/** A block of an answer: a top-level node, or a list item lifted out of a question list. */
export type AnswerUnit = RootContent;

/** A lead-in that names no part, sitting beside labels that do: the guide may word a part in a way the rules miss. */
export interface UnknownLabel {
  text: string;
  line: number;
}

interface Sink {
  kind: SectionKind;
  label: string;
  within: string;
  parts: string[];
  /** Opened by a paragraph label or an empty labelled item: the points that follow are its own. */
  takesFollowing: boolean;
}

const LABEL_NODES = new Set(['strong', 'emphasis']);
/** Parts whose nested labels are their own points: they never hand them to another slot. */
const NOT_WRAPPERS = new Set<SectionKind | null>(['bestPractices', 'pitfalls', 'followUps']);
/** A label that is only a part's name says nothing a card's own title does not ("Approach", "Scenario"). */
const BARE_PART_NAME =
  /^(the |my )?(context|background|situation|task|approach(es)?|actions?( taken)?|steps?|solution|strateg(y|ies)|process|method(ology)?|plan|examples?|scenarios?|case study|outcomes?|results?|impact|real[\s-]world (scenario|example)s?)$/i;
/** Longest wrapper text that still reads as its title ("Scenario 1: Implementing Salesforce for lead tracking."). */
const MAX_TITLE_REST = 90;

/** Reads a leading bold (or italic) label from a paragraph, or null when it starts otherwise. */
export function readLabel(paragraph: Paragraph, source: SourceText): Label | null {
  const children = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = children[0];
  if (!first || !LABEL_NODES.has(first.type)) return null;
  let text = toString(first).trim();
  const after = children[1];
  const colonInside = text.endsWith(':');
  const colonOutside = after?.type === 'text' && /^\s*[:–—-]/.test(after.value);
  const alone = children.length === 1;
  if (!colonInside && !colonOutside && !alone) return null;
  // An italic sentence standing alone is emphasis, not a label.
  if (first.type === 'emphasis' && !colonInside && !colonOutside) return null;
  text = text.replace(/\s*:$/, '').trim();
  if (!text || text.length > 80) return null;
  const rest = restAfter(paragraph, first, source);
  return { text, kind: classifyLabel(text), rest };
}

function restAfter(paragraph: Paragraph, label: PhrasingContent, source: SourceText): string {
  const from = label.position?.end.offset;
  const to = paragraph.position?.end.offset;
  if (from === undefined || to === undefined) return '';
  return source.between(from, to, indentOf(paragraph)).replace(/^[:–—-]\s*/, '').trim();
}

function indentOf(node: Node): number {
  return (node.position?.start.column ?? 1) - 1;
}

interface InlineCut {
  kind: SectionKind;
  text: string;
  /** Where the label starts, and where its part's text starts (after the colon). */
  labelStart: number;
  textStart: number;
}

/**
 * Labels in the middle of a paragraph: bold or italic text naming a part, with
 * a colon, right after a sentence's end or a line break (`… internet. **Example**: AWS EC2`).
 */
function inlineCuts(paragraph: Paragraph): InlineCut[] {
  const cuts: InlineCut[] = [];
  const children = paragraph.children;
  for (let i = 1; i < children.length; i++) {
    const node = children[i]!;
    if (!LABEL_NODES.has(node.type)) continue;
    const before = children[i - 1]!;
    const atBreak =
      before.type === 'break' || (before.type === 'text' && /(?:[.!?;)]["'”’]?\s+|\n\s*)$/.test(before.value));
    if (!atBreak) continue;
    const raw = toString(node).trim();
    const after = children[i + 1];
    const colonInside = raw.endsWith(':');
    const colonOutside = after?.type === 'text' && /^\s*:/.test(after.value);
    if (!colonInside && !colonOutside) continue;
    const kind = classifyLabel(raw.replace(/\s*:$/, ''));
    if (!kind || kind === 'answer') continue;
    const labelStart = node.position?.start.offset;
    let textStart = node.position?.end.offset;
    if (labelStart === undefined || textStart === undefined) continue;
    if (colonOutside) textStart += (after as { value: string }).value.indexOf(':') + 1;
    cuts.push({ kind, text: raw.replace(/\s*:$/, '').trim(), labelStart, textStart });
  }
  return cuts;
}

/** Whether any label nested in these blocks names a part other than `own` (and so the item holding them is a wrapper). */
function holdsOtherParts(nodes: readonly Node[], own: SectionKind | null, source: SourceText): boolean {
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const kind = readLabel(node as Paragraph, source)?.kind ?? null;
      if (kind && kind !== 'answer' && kind !== own) return true;
      if (inlineCuts(node as Paragraph).some((cut) => cut.kind !== own)) return true;
    } else if (node.type === 'list') {
      for (const item of (node as List).children) if (holdsOtherParts(item.children, own, source)) return true;
    } else if (node.type === 'listItem') {
      if (holdsOtherParts((node as ListItem).children, own, source)) return true;
    } else if (node.type === 'blockquote') {
      if (holdsOtherParts((node as Blockquote).children, own, source)) return true;
    }
  }
  return false;
}

/** Whether a wrapper's title tells its parts apart: a number, a subject, or a name of its own. */
function wrapperTitle(label: Label, restBeforeCuts: string): string | null {
  if (label.kind === null) return label.text;
  const numbered = /\d/.test(label.text) || label.text.includes(':') || !BARE_PART_NAME.test(label.text.trim());
  const subject = restBeforeCuts && restBeforeCuts.length <= MAX_TITLE_REST && !restBeforeCuts.includes('\n');
  if (subject) return `${label.text}: ${restBeforeCuts.replace(/[.:;]\s*$/, '')}`;
  return numbered ? label.text : null;
}

class Collector {
  readonly out: Sink[] = [];
  readonly unknown: UnknownLabel[] = [];
  /** Link reference definitions (`[evil]: https://…`) written between the parts. */
  readonly definitions: { label: string; markdown: string }[] = [];

  constructor(readonly source: SourceText) {}

  sink(kind: SectionKind, label: string, within: string[], body: string[], takesFollowing: boolean): Sink {
    const sink: Sink = { kind, label, within: within.join(' › '), parts: body.filter(Boolean), takesFollowing };
    this.out.push(sink);
    return sink;
  }
}

/**
 * One level of the answer: where its unlabelled text goes (`base`, or a new
 * answer part at the top level) and the wrapper titles its parts sit in.
 */
class Scope {
  current: Sink | null;

  constructor(
    readonly c: Collector,
    /** Titles carried by parts opened here. */
    readonly within: string[],
    /** The wrapper's own part: its unlabelled text and its points of its own kind go here. */
    readonly base: Sink | null,
  ) {
    this.current = base;
    this.tail = base;
  }

  /** The latest part the base's text went to (the base, or its continuation). */
  private tail: Sink | null;

  open(kind: SectionKind, label: string, body: string[], takesFollowing: boolean, within = this.within): Sink {
    this.current = this.c.sink(kind, label, within, body, takesFollowing);
    return this.current;
  }

  /**
   * The base part again, or a new answer part at the top level. An answer
   * base that other answer parts were opened after (wrappers named after
   * their points) continues in a new part, so the points keep their order.
   */
  reopenBase(): void {
    const base = this.base;
    if (!base) {
      this.current = this.c.sink('answer', 'Answer', this.within, [], true);
      return;
    }
    if (base.kind === 'answer' && this.tail !== this.c.out[this.c.out.length - 1]) {
      this.tail = this.c.sink(base.kind, base.label, base.within ? [base.within] : [], [], true);
    }
    this.current = base.kind === 'answer' ? (this.tail ?? base) : base;
  }

  append(markdown: string): void {
    if (!markdown) return;
    if (!this.current) this.reopenBase();
    this.current!.parts.push(markdown);
  }

  /** A bold lead-in that names no part: a point of the open part, or answer text of its own. */
  appendLeadIn(markdown: string): void {
    if (!this.acceptsLeadIns()) this.reopenBase();
    this.append(markdown);
  }

  acceptsLeadIns(): boolean {
    const c = this.current;
    return c !== null && (c.kind === 'answer' || c.takesFollowing || c === this.base || c === this.tail);
  }
}

export interface SplitAnswer {
  sections: AnswerSection[];
  unknownLabels: UnknownLabel[];
}

export function splitAnswer(units: readonly AnswerUnit[], source: SourceText): AnswerSection[] {
  return splitAnswerDetailed(units, source).sections;
}

export function splitAnswerDetailed(units: readonly AnswerUnit[], source: SourceText): SplitAnswer {
  const c = new Collector(source);
  blocks(units, new Scope(c, [], null));
  const sections = c.out
    .map((s): AnswerSection => {
      const section: AnswerSection = { kind: s.kind, label: s.label, markdown: s.parts.join('\n\n').trim() };
      if (s.within) section.within = s.within;
      return section;
    })
    .filter((s) => s.markdown !== '');
  // Each part is rendered on its own, so a reference link keeps working only if its definition travels with it.
  for (const section of sections) {
    const text = section.markdown.toLowerCase();
    const used = c.definitions.filter((d) => d.label && text.includes(`[${d.label}]`));
    if (used.length) section.markdown += `\n\n${used.map((d) => d.markdown).join('\n')}`;
  }
  storyScenarioAsContext(sections);
  return { sections, unknownLabels: c.unknown };
}

/**
 * A story told as "Scenario: … / Approach: … / Outcome: …" uses its scenario
 * as the situation: with no Context of its own, a plain `Scenario` (not
 * numbered, not a wrapper) followed by an approach or outcome is the context.
 */
function storyScenarioAsContext(sections: AnswerSection[]): void {
  if (sections.some((s) => s.kind === 'context')) return;
  if (!sections.some((s) => s.kind === 'approach' || s.kind === 'outcome')) return;
  const scenario = sections.find((s) => s.kind === 'example' && !s.within && /^scenario$/i.test(s.label.trim()));
  if (scenario) scenario.kind = 'context';
}

/** The paragraph's text with its mid-paragraph labels cut out: what comes before them, then each labelled piece. */
function paragraphPieces(
  paragraph: Paragraph,
  from: number,
  source: SourceText,
): { lead: string; cuts: { kind: SectionKind; text: string; body: string; labelStart: number }[] } {
  const end = paragraph.position?.end.offset ?? from;
  const indent = indentOf(paragraph);
  const cuts = inlineCuts(paragraph).filter((cut) => cut.labelStart >= from);
  if (cuts.length === 0) return { lead: source.between(from, end, indent).replace(/^[:–—-]\s*/, '').trim(), cuts: [] };
  const lead = source.between(from, cuts[0]!.labelStart, indent).replace(/^[:–—-]\s*/, '').trim();
  return {
    lead,
    cuts: cuts.map((cut, i) => ({
      kind: cut.kind,
      text: cut.text,
      labelStart: cut.labelStart,
      body: source.between(cut.textStart, cuts[i + 1]?.labelStart ?? end, indent).trim(),
    })),
  };
}

function blocks(nodes: readonly Node[], scope: Scope): void {
  const { source } = scope.c;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    switch (node.type) {
      case 'paragraph':
        paragraph(node as Paragraph, scope);
        break;
      case 'list':
        items((node as List).children, scope);
        break;
      case 'listItem': {
        // Items that followed a question item in its list: group the run so it stays one list.
        let j = i;
        while (j + 1 < nodes.length && nodes[j + 1]!.type === 'listItem') j++;
        items(nodes.slice(i, j + 1) as ListItem[], scope);
        i = j;
        break;
      }
      case 'heading': {
        const text = toString(node).trim().replace(/\s*:$/, '');
        const kind = classifyLabel(text);
        if (kind) scope.open(kind, text, [], true);
        else scope.append(source.slice(node));
        break;
      }
      case 'thematicBreak':
        break;
      case 'definition':
        // A link reference definition renders nothing; the parts that use it get a copy (below).
        scope.c.definitions.push({ label: ((node as Definition).label ?? '').toLowerCase(), markdown: source.slice(node) });
        break;
      default:
        scope.append(source.slice(node));
    }
  }
}

function paragraph(node: Paragraph, scope: Scope): void {
  const { source } = scope.c;
  const label = readLabel(node, source);
  const start = node.position?.start.offset ?? 0;
  if (label?.kind) {
    const labelEnd = (node.children.find((ch) => LABEL_NODES.has(ch.type))?.position?.end.offset ?? start) as number;
    const { lead, cuts } = paragraphPieces(node, labelEnd, source);
    if (label.kind === 'answer') scope.open('answer', label.text, [lead], true);
    else scope.open(label.kind, label.text, [lead], true);
    for (const cut of cuts) scope.open(cut.kind, cut.text, [cut.body], true);
    return;
  }
  const { lead, cuts } = paragraphPieces(node, start, source);
  if (cuts.length === 0) {
    if (label) scope.appendLeadIn(source.slice(node));
    else scope.append(source.slice(node));
    return;
  }
  if (label) scope.appendLeadIn(lead);
  else scope.append(lead);
  for (const cut of cuts) scope.open(cut.kind, cut.text, [cut.body], true);
}

function items(list: readonly ListItem[], scope: Scope): void {
  const { source } = scope.c;
  const labels = list.map((item) => {
    const head = item.children[0];
    return head?.type === 'paragraph' ? readLabel(head, source) : null;
  });
  let run: ListItem[] = [];
  const flush = (): void => {
    if (run.length) scope.append(source.slice(run[0]!, run[run.length - 1]!));
    run = [];
  };

  list.forEach((item, index) => {
    const label = labels[index];
    if (!label) {
      run.push(item);
      return;
    }
    const head = item.children[0] as Paragraph;
    const nested = item.children.slice(1);
    const ownKind = scope.base?.kind ?? null;
    const wrapper =
      !NOT_WRAPPERS.has(label.kind) &&
      !NOT_WRAPPERS.has(scope.current?.takesFollowing ? scope.current.kind : null) &&
      holdsOtherParts(item.children, label.kind === 'answer' ? null : label.kind, source);

    if (wrapper) {
      flush();
      scope.current = wrap(item, label, scope);
      return;
    }

    // A point of the wrapper being read: a label of its own kind ("Action Taken" inside "Approach").
    if (scope.base !== null && label.kind === ownKind) {
      if (scope.current !== scope.base) {
        flush();
        scope.current = scope.base;
      }
      run.push(item);
      return;
    }
    if (label.kind === null) {
      const point = scope.current?.takesFollowing === true && scope.current.kind !== 'answer';
      if (!point && looksLikePartLabel(label.text)) {
        scope.c.unknown.push({ text: label.text, line: head.position?.start.line ?? 1 });
      }
      // Consecutive lead-ins stay one list; a new answer part starts only after a closed part.
      if (!scope.acceptsLeadIns()) {
        flush();
        scope.reopenBase();
      }
      run.push(item);
      return;
    }
    flush();
    if (label.kind === 'answer') {
      scope.open('answer', label.text, [label.rest], true);
      blocks(nested, scope);
      return;
    }
    const body = [label.rest, ...nested.map((n) => source.slice(n))];
    scope.open(label.kind, label.text, body, body.every((b) => !b));
  });
  flush();
}

/**
 * A labelled item that holds other parts: its own text stays in its own part
 * (an answer part named after it when its label names none), each nested part
 * goes to its slot, under the wrapper's title when the title says something.
 */
function wrap(item: ListItem, label: Label, scope: Scope): Sink | null {
  const { source } = scope.c;
  const head = item.children[0] as Paragraph;
  const labelNode = head.children.find((ch) => LABEL_NODES.has(ch.type));
  const from = labelNode?.position?.end.offset ?? head.position?.start.offset ?? 0;
  const { lead, cuts } = paragraphPieces(head, from, source);
  const transparent = label.kind === 'answer';
  const title = transparent ? null : wrapperTitle(label, cuts.length ? '' : lead);
  const innerWithin = title ? [...scope.within, title] : scope.within;

  // The part whose points are being read: one opened by a label standing alone ("**Prevention
  // Techniques:**" and a list), or the part of the wrapper around this one.
  const current = scope.current;
  const base =
    current && current.takesFollowing && current.kind !== 'answer' && current !== scope.base
      ? current
      : scope.base && scope.base.kind !== 'answer'
        ? scope.base
        : null;
  if (label.kind === null && base !== null) {
    // A point of that part ("Data Cleaning" among the steps of an Approach): it stays one of
    // its points, with its own-kind lines ("Action: …") nested under it; other parts go to their slots.
    const end = cuts.length ? cuts[0]!.labelStart : (head.position?.end.offset ?? from);
    const start = head.position?.start.offset ?? from;
    const marker = source.text.slice(item.position?.start.offset ?? start, start).trim() || '-';
    const point: Sink = { kind: base.kind, label: base.label, within: '', parts: [], takesFollowing: true };
    const inner = new Scope(scope.c, innerWithin, point);
    for (const cut of cuts) inner.open(cut.kind, cut.text, [cut.body], true);
    inner.current = point;
    blocks(item.children.slice(1), inner);
    const nestedText = point.parts.join('\n').replace(/^(?=.)/gm, ' '.repeat(marker.length + 1));
    base.parts.push(`${marker} ${source.between(start, end, indentOf(head)).trim()}${nestedText ? `\n${nestedText}` : ''}`);
    return base;
  }
  // The wrapper's own part: a scenario's text is its example, a point's text ("IaaS: Provides …") an answer part named after it.
  const own = scope.open(label.kind ?? 'answer', label.text, [lead], true);
  const inner = new Scope(scope.c, innerWithin, own);
  for (const cut of cuts) inner.open(cut.kind, cut.text, [cut.body], true);
  inner.current = own;
  blocks(item.children.slice(1), inner);
  // What follows the wrapper is the enclosing level's again.
  return null;
}
