import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

import { questionBank } from '@/content-loader/vite-plugin';

import { fixturePath } from './helpers';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A throwaway Vite project whose content/ holds the given fixture files. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'rehearse-plugin-'));
  roots.push(root);
  for (const [name, from] of Object.entries(files)) cpSync(fixturePath(from), join(root, 'content', name));
  writeFileSync(
    join(root, 'main.js'),
    "import { guides, loadGuide } from 'virtual:question-bank';\nwindow.result = [guides, loadGuide(guides[0].slug)];\n",
  );
  return root;
}

async function bundle(root: string): Promise<Rollup.OutputChunk[]> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [questionBank()],
    build: { write: false, rollupOptions: { input: join(root, 'main.js') } },
  })) as Rollup.RollupOutput;
  return output.output.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
}

describe('the question-bank Vite plugin', () => {
  it('puts summaries in the entry chunk and each guide in its own lazy chunk', async () => {
    const chunks = await bundle(project({ 'a.md': 'guides/list-items.md', 'b.md': 'guides/bold-paragraphs.md' }));
    const entry = chunks.find((c) => c.isEntry)!;
    expect(entry.code).toContain('AI Engineer Interview Preparation');
    expect(entry.code).toContain('Data Scientist Interview Guide');
    // Answers are not in the entry chunk…
    expect(entry.code).not.toContain('Share of predicted positives');
    expect(entry.code).not.toContain('Penalise large weights');
    // …but each in exactly one lazy chunk of its own, with its markdown compiled (content/markdown-tree.ts)…
    const guideChunks = chunks.filter((c) => c.isDynamicEntry);
    expect(guideChunks).toHaveLength(2);
    expect(guideChunks.filter((c) => c.code.includes('Share of predicted positives'))).toHaveLength(1);
    expect(guideChunks.filter((c) => c.code.includes('Penalise large weights'))).toHaveLength(1);
    // (a compiled paragraph: ["p",0,"…"]).
    for (const chunk of guideChunks) expect(chunk.code).toMatch(/\[\\?"p\\?",0,/);
    // …and registered, through the one small module both share.
    const shared = chunks.filter((c) => !c.isEntry && !c.isDynamicEntry);
    expect(shared.map((c) => c.moduleIds.map((id) => id.split('/').pop()))).toEqual([['prepared-markdown.ts']]);
  });

  it('fails the build listing every content error as file:line', async () => {
    const root = project({
      'good.md': 'guides/list-items.md',
      'bad-yaml.md': 'broken/invalid-yaml.md',
      'untitled.md': 'broken/missing-term.md',
    });
    await expect(bundle(root)).rejects.toThrow(/2 content errors in guides:\n\s+content\/bad-yaml\.md:4: invalid YAML[^\n]*\n\s+content\/untitled\.md:2: frontmatter has no `term`/);
  });
});
