/**
 * Markdown for a part of the tree is cut from the original text by the nodes'
 * offsets instead of being re-serialised: it is exact (the author's list
 * markers, code fences and spacing survive) and costs next to nothing, which
 * keeps the parser close to the tokenizer's own speed.
 */
import type { Node } from 'mdast';

export class SourceText {
  constructor(readonly text: string) {}

  /** The text of nodes `first`..`last` (inclusive), dedented to the first node's column. */
  slice(first: Node, last: Node = first): string {
    const start = first.position?.start;
    const end = last.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) return '';
    const lineStart = this.text.lastIndexOf('\n', start.offset - 1) + 1;
    const indent = start.column - 1;
    const raw = this.text.slice(lineStart, end.offset);
    return dedent(raw, indent).trim();
  }

  /** Text between two offsets, on one logical block (used for "the rest of a paragraph after its label"). */
  between(startOffset: number, endOffset: number, indent: number): string {
    return dedent(this.text.slice(startOffset, endOffset), indent).trim();
  }
}

/**
 * Removes up to `indent` leading spaces from every line. Content nested in a
 * list item is indented by at least the item's content column, except lazy
 * continuation lines, which are left as they are.
 */
export function dedent(text: string, indent: number): string {
  if (indent <= 0) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let n = 0;
    while (n < indent && n < line.length && line.charCodeAt(n) === 32) n++;
    if (n > 0) lines[i] = line.slice(n);
  }
  return lines.join('\n');
}
