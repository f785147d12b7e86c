import { describe, expect, it } from 'vitest';
import { extractKeyTerms, stem } from '@/content/key-terms';
import { words } from '@/content/words';
import type { Question } from '@/content/types';

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
      q('a', 'Communicate with the partner. Use a pilot project and a scorecard. The scorecard tracks partner revenue.'),
      q('b', 'Communicate with the partner about the contract renewal and the partner budget.'),
      q('c', 'Communicate with the team and the partner during the incident.'),
    ];
    const terms = extractKeyTerms(bank).get('a')!;
    expect(terms[0]).toBe('scorecard');
    expect(terms).toContain('pilot');
    expect(terms).not.toContain('communicate');
    expect(terms).not.toContain('partner');
  });

  it('keeps repeated two-word phrases and skips their single words', () => {
    const bank = [q('a', 'Root cause analysis first. A root cause is not a symptom.'), q('b', 'Talk to the customer.')];
    const terms = extractKeyTerms(bank).get('a')!;
    expect(terms).toContain('root cause');
    expect(terms).not.toContain('root');
  });

  it('ignores follow-up questions and gives unanswered questions no terms', () => {
    const bank = [q('a', 'Caching layers.', 'What about kubernetes?'), { ...q('b', ''), sections: [] }];
    const result = extractKeyTerms(bank);
    expect(result.get('a')).not.toContain('kubernetes');
    expect(result.get('b')).toEqual([]);
  });
});
