import { createElement, Fragment, type ReactElement, type ReactNode, use } from 'react';

import type { MarkdownNode, MarkdownTree } from '@/content/markdown-tree';
import { markdownTree } from '@/lib/prepared-markdown';

import { type HeadingLevel, headingShift, shiftedType } from './markdown-headings';
import type * as MarkdownRuntime from './markdown-runtime';

export type { HeadingLevel };

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

type Parser = typeof MarkdownRuntime;
let parser: Parser | undefined;
let parserLoading: Promise<Parser> | undefined;

/**
 * The run-time markdown parser (react-markdown, a lazy chunk), for text that
 * was not compiled at build time. Guide text always is, so the app's screens
 * never load it; tests of components with hand-made guides load it first.
 */
export function loadMarkdownParser(): Promise<Parser> {
  parserLoading ??= import('./markdown-runtime').then(
    (module) => {
      parser = module;
      // Marked as React marks a promise it has seen settle, so that `use` returns the parser at once even
      // where this promise reaches it for the first time after loading (prepareMarkdown loaded it).
      const settled = parserLoading as Promise<Parser> & { status?: 'fulfilled'; value?: Parser };
      settled.status = 'fulfilled';
      settled.value = module;
      return module;
    },
    (error: unknown) => {
      parserLoading = undefined;
      throw error;
    },
  );
  return parserLoading;
}

/** A compiled node as React elements, its headings moved by `shift`. The build gave it React's props already. */
function toReact(node: MarkdownNode, shift: number): ReactNode {
  if (typeof node === 'string') return node;
  const children: ReactNode[] = [];
  for (let i = 2; i < node.length; i++) children.push(toReact(node[i] as MarkdownNode, shift));
  return createElement(shiftedType(node, shift), node[1] || null, ...children);
}

function compiledElement(tree: MarkdownTree, headingLevel: HeadingLevel): ReactElement {
  const shift = headingShift(tree, headingLevel);
  return createElement(Fragment, null, ...tree.map((node) => toReact(node, shift)));
}

/** Rendered markdown by heading level and text, most recently used last. */
const rendered = new Map<string, ReactElement>();
/** Enough for every model answer on a guide page; each entry is one small React element tree. */
const CACHE_SIZE = 500;

/**
 * The text rendered (GFM, headings shifted, raw HTML skipped, URLs checked),
 * from the cache when this text was rendered before at this level. Guide text
 * comes compiled from the build (lib/prepared-markdown.ts), which leaves only
 * turning its tree into elements; other text is parsed, once the parser's
 * chunk is in (undefined until then).
 */
function renderMarkdown(children: string, headingLevel: HeadingLevel): ReactElement | undefined {
  const key = `${headingLevel}\u0000${children}`;
  let element = rendered.get(key);
  if (element) {
    rendered.delete(key);
  } else {
    const tree = markdownTree(children);
    if (tree) {
      element = compiledElement(tree, headingLevel);
    } else if (parser) {
      element = parser.parseMarkdown(children, headingLevel);
    }
    if (!element) return undefined;
    if (rendered.size >= CACHE_SIZE) rendered.delete(rendered.keys().next().value!);
  }
  rendered.set(key, element);
  return element;
}

/**
 * Renders `children` now, ahead of showing it, so that a later
 * `<Markdown headingLevel={headingLevel}>` of the same text is ready at once:
 * for screens that know what they will show next (the practice reveal, while
 * the answer is being written).
 */
export function prepareMarkdown(children: string, headingLevel: HeadingLevel = 2): void {
  if (renderMarkdown(children, headingLevel)) return;
  void loadMarkdownParser().then(
    () => renderMarkdown(children, headingLevel),
    () => {
      // Rendering will try again, and say so if it cannot.
    },
  );
}

/**
 * Guide text comes from files anyone can edit, so raw HTML in it is dropped
 * rather than rendered, and `javascript:`, `data:` and other script URLs never
 * reach an `href` or `src` (tests/features/hostile-content, and
 * tests/content/markdown-tree for the build-time compiler).
 */
export function Markdown({ children, headingLevel = 2, className }: MarkdownProps) {
  // Text that was not compiled at build time needs the parser's chunk: `use` waits for it (Suspense) the
  // first time and returns it at once after. It is called on every render of such text, loaded or not, as
  // React requires of a component that suspended with it (skipped on the retry, React warns).
  if (!markdownTree(children)) use(loadMarkdownParser());
  const element = renderMarkdown(children, headingLevel);
  return <div className={className ? `prose-guide ${className}` : 'prose-guide'}>{element}</div>;
}
