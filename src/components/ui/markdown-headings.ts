import type { MarkdownElement, MarkdownNode, MarkdownTree } from '@/content/markdown-tree';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const HEADING = /^h([1-6])$/;

/**
 * The heading level of an element that came from a markdown heading, else
 * null. GFM footnotes get an `h2#footnote-label` from remark-rehype, after the
 * run-time parser shifts headings; it stays as it is here too.
 */
function headingLevel([type, props]: MarkdownElement): number | null {
  const match = HEADING.exec(type);
  return match && !(props && props.id === 'footnote-label') ? Number(match[1]) : null;
}

function shallowestHeading(nodes: readonly MarkdownNode[], found = 7): number {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    found = Math.min(found, headingLevel(node) ?? shallowestHeading(node.slice(2) as MarkdownNode[], found));
  }
  return found;
}

/**
 * How far to move a compiled text's headings so that its shallowest is at
 * `level` and the others move by as much (within h1–h6), as the run-time
 * parser's remarkShiftHeadings does.
 */
export function headingShift(tree: MarkdownTree, level: HeadingLevel): number {
  const shallowest = shallowestHeading(tree);
  return shallowest === 7 ? 0 : level - shallowest;
}

/** The element's tag with a heading moved by `shift`. */
export function shiftedType(element: MarkdownElement, shift: number): string {
  if (shift === 0) return element[0];
  const level = headingLevel(element);
  return level === null ? element[0] : `h${Math.min(6, Math.max(1, level + shift))}`;
}
