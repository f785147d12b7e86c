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
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** A compiled text: hast without source positions (they only cost bytes). Plain JSON. */
export type MarkdownTree = Root;

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

export function markdownToTree(markdown: string): MarkdownTree {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return { type: 'root', children: clean(tree.children) };
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
