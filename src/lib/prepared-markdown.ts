/**
 * Guide markdown compiled at build time (content/markdown-tree.ts), by text.
 * Each guide's chunk registers its texts when it loads
 * (content-loader/vite-plugin.ts), before any screen can show them;
 * components/ui/Markdown.tsx renders a registered text from its tree and
 * parses anything else at run time.
 */
import type { MarkdownTree } from '@/content/markdown-tree';

const trees = new Map<string, MarkdownTree>();

export function registerMarkdownTrees(byText: Record<string, MarkdownTree>): void {
  for (const [text, tree] of Object.entries(byText)) trees.set(text, tree);
}

export function markdownTree(text: string): MarkdownTree | undefined {
  return trees.get(text);
}
