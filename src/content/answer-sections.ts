/**
 * Splits a model answer into its labelled parts (Context, Approach, Example,
 * Outcome, Best Practices, Pitfalls, Follow-ups; everything else is Answer).
 *
 * The rules, in the order they apply:
 * - A label is bold text at the start of a paragraph or list item, with the
 *   colon inside or outside the bold (`**Outcome**:` / `**Outcome:**`), or a
 *   bold paragraph standing alone (`**Best Practices:**`).
 * - `Answer` is a wrapper: the labelled items nested in it become parts.
 * - A label standing alone (no text after it) opens a part whose body is what
 *   follows; inside that body, bold lead-ins (`- **Ignoring data**: …`) are the
 *   part's own points, not new parts.
 * - A bold lead-in that names no part ("Definition:", "Pointers:") starts, or
 *   continues, an `answer` part and keeps its bold text.
 * - Labels nested inside a part stay inside it: a part is never cut up.
 */
import type { List, ListItem, Node, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceText } from './source-slice.ts';
import { classifyLabel } from './text-rules.ts';
import type { AnswerSection, SectionKind } from './types.ts';

export interface Label {
  text: string;
  kind: SectionKind | null;
  /** Markdown after the label in the same paragraph. */
  rest: string;
}

/** A block of an answer: a top-level node, or a list item lifted out of a question list. */
export type AnswerUnit = RootContent;

interface OpenSection {
  kind: SectionKind;
  label: string;
  parts: string[];
  /** Opened by a paragraph label or an empty labelled item: the points that follow are its own. */
  takesFollowing: boolean;
}

const BOLD = new Set(['strong']);

/** Reads a leading bold label from a paragraph, or null when it starts otherwise. */
export function readLabel(paragraph: Paragraph, source: SourceText): Label | null {
  const children = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const first = children[0];
  if (!first || !BOLD.has(first.type)) return null;
  let text = toString(first).trim();
  const after = children[1];
  const colonInside = text.endsWith(':');
  const colonOutside = after?.type === 'text' && /^\s*[:–—-]/.test(after.value);
  const alone = children.length === 1;
  if (!colonInside && !colonOutside && !alone) return null;
  text = text.replace(/\s*:$/, '').trim();
  if (!text) return null;
  const rest = restAfter(paragraph, first, source);
  return { text, kind: classifyLabel(text), rest };
}

function restAfter(paragraph: Paragraph, label: PhrasingContent, source: SourceText): string {
  const from = label.position?.end.offset;
  const to = paragraph.position?.end.offset;
  if (from === undefined || to === undefined) return '';
  const indent = (paragraph.position?.start.column ?? 1) - 1;
  return source.between(from, to, indent).replace(/^[:–—-]\s*/, '').trim();
}

export function splitAnswer(units: readonly AnswerUnit[], source: SourceText): AnswerSection[] {
  const out: OpenSection[] = [];
  let current: OpenSection | null = null;

  const open = (kind: SectionKind, label: string, body: string[], takesFollowing: boolean): void => {
    current = { kind, label, parts: body.filter(Boolean), takesFollowing };
    out.push(current);
  };
  const append = (markdown: string): void => {
    if (!markdown) return;
    if (!current) open('answer', 'Answer', [], true);
    current!.parts.push(markdown);
  };
  /** A bold lead-in that names no part: a point of the open part, or answer text of its own. */
  const appendLeadIn = (markdown: string): void => {
    const c = current as OpenSection | null;
    if (!c || !(c.kind === 'answer' || c.takesFollowing)) open('answer', 'Answer', [], true);
    append(markdown);
  };

  const items = (list: readonly ListItem[]): void => {
    let run: ListItem[] = [];
    const flush = (): void => {
      if (run.length) append(source.slice(run[0]!, run[run.length - 1]!));
      run = [];
    };
    for (const item of list) {
      const head = item.children[0];
      const label = head?.type === 'paragraph' ? readLabel(head, source) : null;
      if (!label) {
        run.push(item);
        continue;
      }
      if (label.kind === null) {
        // Consecutive lead-ins stay one list; a new answer part starts only after a closed part.
        const c = current as OpenSection | null;
        if (!c || !(c.kind === 'answer' || c.takesFollowing)) {
          flush();
          open('answer', 'Answer', [], true);
        }
        run.push(item);
        continue;
      }
      flush();
      const nested = item.children.slice(1);
      if (label.kind === 'answer') {
        open('answer', label.text, [label.rest], true);
        blocks(nested);
        continue;
      }
      const body = [label.rest, ...nested.map((n) => source.slice(n))];
      open(label.kind, label.text, body, body.every((b) => !b));
    }
    flush();
  };

  const blocks = (nodes: readonly Node[]): void => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      switch (node.type) {
        case 'paragraph': {
          const label = readLabel(node as Paragraph, source);
          if (label?.kind) open(label.kind, label.text, [label.rest], true);
          else if (label) appendLeadIn(source.slice(node));
          else append(source.slice(node));
          break;
        }
        case 'list':
          items((node as List).children);
          break;
        case 'listItem': {
          // Items that followed a question item in its list: group the run so it stays one list.
          let j = i;
          while (j + 1 < nodes.length && nodes[j + 1]!.type === 'listItem') j++;
          items(nodes.slice(i, j + 1) as ListItem[]);
          i = j;
          break;
        }
        case 'heading': {
          const text = toString(node).trim().replace(/\s*:$/, '');
          const kind = classifyLabel(text);
          if (kind) open(kind, text, [], true);
          else append(source.slice(node));
          break;
        }
        case 'thematicBreak':
          break;
        default:
          append(source.slice(node));
      }
    }
  };

  blocks(units);
  return out
    .map((s) => ({ kind: s.kind, label: s.label, markdown: s.parts.join('\n\n').trim() }))
    .filter((s) => s.markdown !== '');
}
