/**
 * Markdown parsed in the browser, with react-markdown: for text that was not
 * compiled at build time (guide text always is, see lib/prepared-markdown.ts).
 * A lazy chunk of its own, since the parser is most of the markdown code.
 */
import type { Heading, Parent, Root } from 'mdast';
import type { ReactElement } from 'react';
// react-markdown's component is a plain function of its props (no hooks): called directly, its
// output can be kept and reused, which is what Markdown.tsx's cache does.
import markdownToReact, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';

import type { HeadingLevel } from './markdown-headings';

function collectHeadings(node: Parent, into: Heading[]) {
  for (const child of node.children) {
    if (child.type === 'heading') into.push(child);
    if ('children' in child) collectHeadings(child, into);
  }
}

function remarkShiftHeadings(level: HeadingLevel) {
  return () => (tree: Root) => {
    const headings: Heading[] = [];
    collectHeadings(tree, headings);
    if (headings.length === 0) return;
    const shift = level - Math.min(...headings.map((h) => h.depth));
    for (const heading of headings) {
      heading.depth = Math.min(6, Math.max(1, heading.depth + shift)) as HeadingLevel;
    }
  };
}

/**
 * react-markdown's own URL check (only http(s), mailto, irc(s), xmpp and
 * relative URLs pass), except that a refused URL is removed rather than
 * emptied: `href=""` would still be a link (to this very page) and `src=""` an
 * image of it.
 */
function safeUrl(url: string): string | undefined {
  return defaultUrlTransform(url) || undefined;
}

/** Parsed with GFM, headings shifted, raw HTML skipped, URLs checked. */
export function parseMarkdown(children: string, headingLevel: HeadingLevel): ReactElement {
  return markdownToReact({
    children,
    remarkPlugins: [remarkGfm, remarkShiftHeadings(headingLevel)],
    urlTransform: safeUrl,
    skipHtml: true,
  });
}
