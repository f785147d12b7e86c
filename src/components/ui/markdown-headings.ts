import type { Element, ElementContent, Root } from 'hast';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const HEADING = /^h([1-6])$/;

/**
 * The heading level of an element that came from a markdown heading, else
 * null. GFM footnotes get an `h2#footnote-label` from remark-rehype, after the
 * run-time parser shifts headings; it stays as it is here too.
 */
function headingLevel(element: Element): number | null {
  const match = HEADING.exec(element.tagName);
  return match && element.properties.id !== 'footnote-label' ? Number(match[1]) : null;
}

function shallowestHeading(nodes: readonly ElementContent[], found = 7): number {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const level = headingLevel(node);
    found = Math.min(found, level ?? shallowestHeading(node.children, found));
  }
  return found;
}

function shifted(nodes: readonly ElementContent[], shift: number): ElementContent[] {
  return nodes.map((node): ElementContent => {
    if (node.type !== 'element') return node;
    const level = headingLevel(node);
    const tagName = level === null ? node.tagName : `h${Math.min(6, Math.max(1, level + shift))}`;
    return { ...node, tagName, children: shifted(node.children, shift) } satisfies Element;
  });
}

/**
 * The tree with its shallowest heading at `level` and the others moved by as
 * much (within h1–h6), as the runtime parser's remarkShiftHeadings does; a
 * new tree, the registered one is left as it is.
 */
export function shiftHeadings(tree: Root, level: HeadingLevel): Root {
  const children = tree.children as ElementContent[];
  const shallowest = shallowestHeading(children);
  if (shallowest === 7 || shallowest === level) return tree;
  return { ...tree, children: shifted(children, level - shallowest) };
}
