import type { Heading, Parent, Root } from 'mdast';
import type { ReactElement } from 'react';
// react-markdown's component is a plain function of its props (no hooks): called directly, its
// output can be kept and reused, which is what the cache below does.
import markdownToReact, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

interface MarkdownProps {
  children: string;
  /**
   * The level the shallowest heading in the text should render at. Authored
   * markdown starts wherever its author liked (often h2–h4); shifting it keeps
   * the page outline unbroken under whatever heading the text sits beneath.
   */
  headingLevel?: HeadingLevel;
  className?: string;
}

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

/** Rendered markdown by heading level and text, most recently used last. */
const rendered = new Map<string, ReactElement>();
/** Enough for every model answer on a guide page; each entry is one small React element tree. */
const CACHE_SIZE = 500;

/**
 * The text rendered (parsed with GFM, headings shifted, raw HTML skipped, URLs
 * checked), from the cache when this text was rendered before at this level.
 * Parsing is the expensive part of showing markdown (the parser is set up
 * anew for each call), and guide text does not change while the app runs.
 */
function renderMarkdown(children: string, headingLevel: HeadingLevel): ReactElement {
  const key = `${headingLevel}\u0000${children}`;
  let element = rendered.get(key);
  if (element) {
    rendered.delete(key);
  } else {
    element = markdownToReact({
      children,
      remarkPlugins: [remarkGfm, remarkShiftHeadings(headingLevel)],
      urlTransform: safeUrl,
      skipHtml: true,
    });
    if (rendered.size >= CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  }
  rendered.set(key, element);
  return element;
}

/**
 * Renders `children` now, ahead of showing it, so that a later
 * `<Markdown headingLevel={headingLevel}>` of the same text does not parse
 * it again: for screens that know what they will show next (the practice
 * reveal, while the answer is being written).
 */
export function prepareMarkdown(children: string, headingLevel: HeadingLevel = 2): void {
  renderMarkdown(children, headingLevel);
}

/**
 * Guide text comes from files anyone can edit, so raw HTML in it is dropped
 * rather than rendered (`skipHtml`), and `javascript:`, `data:` and other
 * script URLs never reach an `href` or `src` (tests/features/hostile-content).
 */
export function Markdown({ children, headingLevel = 2, className }: MarkdownProps) {
  return (
    <div className={className ? `prose-guide ${className}` : 'prose-guide'}>
      {renderMarkdown(children, headingLevel)}
    </div>
  );
}
