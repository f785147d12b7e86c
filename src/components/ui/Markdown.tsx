import type { Heading, Parent, Root } from 'mdast';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

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

/**
 * Guide text comes from files anyone can edit, so raw HTML in it is dropped
 * rather than rendered (`skipHtml`), and `javascript:`, `data:` and other
 * script URLs never reach an `href` or `src` (tests/features/hostile-content).
 */
export function Markdown({ children, headingLevel = 2, className }: MarkdownProps) {
  return (
    <div className={className ? `prose-guide ${className}` : 'prose-guide'}>
      <ReactMarkdown remarkPlugins={[remarkGfm, remarkShiftHeadings(headingLevel)]} urlTransform={safeUrl} skipHtml>
        {children}
      </ReactMarkdown>
    </div>
  );
}
