/**
 * Guide markdown compiled at build time into the tree react-markdown would
 * render, so that showing it in the app is a cheap tree-to-React conversion
 * instead of parsing on the reader's phone (micromark's parse was the largest
 * part of opening a guide page: ~55–75 ms here, ×4 on a mid-range phone).
 *
 * The pipeline is react-markdown's own (remark-parse, remark-gfm,
 * remark-rehype with HTML allowed through as `raw`), then what the app asks
 * react-markdown for: raw HTML dropped (`skipHtml`) and every URL attribute
 * passed through react-markdown's `defaultUrlTransform`, a refused URL
 * removed (components/ui/Markdown.tsx, `safeUrl`). Headings stay as authored;
 * the app shifts them to the level each screen needs when it renders.
 * tests/content/markdown-tree.test.ts renders both ways and compares.
 *
 * The tree is then turned into React's props here, by the converter react-markdown
 * uses (hast-util-to-jsx-runtime, with its options), and stored as compact nodes:
 * the app only has to call `createElement` on them. Converting at run time took
 * that library and its HTML property tables into the guide page's code: about
 * 15 ms of module start-up at 1x CPU, in the page's longest task.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { urlAttributes } from 'html-url-attributes';
import { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** Text, or an element: its tag, its React props or 0 for none, then its children. */
export type MarkdownNode = string | MarkdownElement;
export type MarkdownElement = [type: string, props: Record<string, unknown> | 0, ...children: MarkdownNode[]];
/** A compiled text: its top-level nodes. Plain JSON. */
export type MarkdownTree = MarkdownNode[];

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });

function cleanUrls(element: Element) {
  for (const [name, tags] of Object.entries(urlAttributes)) {
    if (!Object.hasOwn(element.properties, name)) continue;
    if (tags !== null && !tags.includes(element.tagName)) continue;
    const safe = defaultUrlTransform(String(element.properties[name] || ''));
    if (safe) element.properties[name] = safe;
    else delete element.properties[name];
  }
}

function clean<T extends RootContent | ElementContent>(nodes: T[]): T[] {
  const kept: T[] = [];
  for (const node of nodes) {
    // Raw HTML is skipped, as with react-markdown's skipHtml.
    if (node.type === 'raw') continue;
    delete node.position;
    if (node.type === 'element') {
      delete node.data;
      cleanUrls(node);
      node.children = clean(node.children);
    }
    kept.push(node);
  }
  return kept;
}

const FRAGMENT = '#fragment';

/** An element as the converter's `jsx` calls make it (an object: the converter takes an array for many children). */
interface Built {
  type: string;
  props: Record<string, unknown>;
  children: (string | Built)[];
}

function built(type: unknown, { children, ...props }: Record<string, unknown>): Built {
  if (typeof type !== 'string') throw new TypeError('markdown trees hold HTML elements only');
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return { type, props, children: list as (string | Built)[] };
}

function compact(node: string | Built): MarkdownNode {
  if (typeof node === 'string') return node;
  return [node.type, Object.keys(node.props).length > 0 ? node.props : 0, ...node.children.map(compact)];
}

export function markdownToTree(markdown: string): MarkdownTree {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  const root = toJsxRuntime(
    { type: 'root', children: clean(tree.children) },
    // The options components/ui/Markdown.tsx converted with at run time, less the keys: it passes
    // children as arguments to createElement, where React needs none.
    { Fragment: FRAGMENT, jsx: built, jsxs: built, ignoreInvalidStyle: true, passKeys: false },
  ) as unknown as Built;
  return root.type === FRAGMENT ? root.children.map(compact) : [compact(root)];
}

/**
 * Every markdown text of a guide (overview, notes, answer sections), each
 * compiled once. Not the answers as written: they repeat the sections' text,
 * and their trees would double every guide's chunk for a view only opened on
 * request, which parses its text then (the run-time parser, a lazy chunk).
 */
export function guideMarkdownTrees(guide: {
  overview: string;
  notes: readonly { markdown: string }[];
  questions: readonly { sections: readonly { markdown: string }[]; asWritten?: string }[];
}): Record<string, MarkdownTree> {
  const texts = [
    guide.overview,
    // The guide page renders its overview trimmed.
    guide.overview.trim(),
    ...guide.notes.map((note) => note.markdown),
    ...guide.questions.flatMap((question) => question.sections.map((section) => section.markdown)),
  ];
  const trees: Record<string, MarkdownTree> = {};
  for (const text of texts) if (text.trim() && !Object.hasOwn(trees, text)) trees[text] = markdownToTree(text);
  return trees;
}
