import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { extractKeyTerms as extract } from '@/content/extract-key-terms';
import { compactLexicon, lexiconFromCompact, provideLexicon } from '@/content/key-term-lexicon';
import { parseGuide } from '@/content/parse-guide';
import type { Question } from '@/content/types';
import { extractKeyTerms } from '@/content-loader/extract-key-terms';
import { keyTermLexicon, subtlexLexicon } from '@/content-loader/key-term-lexicon-node';

import { fixturePath, repoPath } from './helpers';

/** The fixture guides and the seed, as one bank. */
function guideBank(): Question[] {
  const files = [
    ...readdirSync(fixturePath('guides')).map((f) => fixturePath(`guides/${f}`)),
    ...readdirSync(repoPath('content')).map((f) => repoPath(`content/${f}`)),
  ].filter((f) => f.endsWith('.md'));
  return files.flatMap((file) => {
    const result = parseGuide(readFileSync(file, 'utf8'), file);
    if (!result.ok) expect.fail(`${file} does not parse`);
    return result.guide.questions;
  });
}

describe('the compact key-term lexicon (for the guide-import worker)', () => {
  const compact = compactLexicon(subtlexLexicon());

  it('is a fraction of SUBTLEX-US', () => {
    expect(compact.split('\n')).toHaveLength(3);
    expect(compact.length).toBeLessThan(800_000);
    expect(gzipSync(compact).length).toBeLessThan(300_000);
  });

  it('chooses exactly the key terms SUBTLEX-US does', () => {
    const bank = guideBank();
    const build = extractKeyTerms(bank);
    const fromCompact = lexiconFromCompact(compact);
    provideLexicon(() => fromCompact);
    try {
      expect(extract(bank)).toEqual(build);
      // And for one guide alone, as an imported guide is weighed.
      const one = bank.filter((q) => q.id.startsWith(bank[0]!.id.split('--')[0]! + '--'));
      const alone = extract(one);
      expect([...alone.values()].some((terms) => terms.length > 0)).toBe(true);
      expect(extractKeyTerms(one)).toEqual(alone);
    } finally {
      // Back to the list the other tests use.
      extractKeyTerms([]);
    }
  });

  it('is served to the worker as virtual:key-term-lexicon', async () => {
    const plugin = keyTermLexicon();
    const resolveId = plugin.resolveId as (source: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolveId('virtual:key-term-lexicon');
    expect(id).toBe('\0virtual:key-term-lexicon');
    const code = load(id!)!;
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: string };
    expect(module.default).toBe(compact);
  });
});
