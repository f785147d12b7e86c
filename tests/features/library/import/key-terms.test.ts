import { describe, expect, it } from 'vitest';

import { parseGuide } from '@/content/parse-guide';
import { withKeyTerms } from '@/features/library/import/key-terms';

import harbourPilot from '../../../fixtures/guide-import/harbour-pilot.md?raw';

describe('withKeyTerms (the parse worker’s key terms)', () => {
  const result = parseGuide(harbourPilot, 'harbour-pilot.md');
  if (!result.ok) throw new Error('harbour-pilot.md does not parse');

  it('chooses key terms as the build does, weighed against the guide’s own answers', () => {
    const guide = withKeyTerms(result.guide);
    const terms = Object.fromEntries(guide.questions.map((q) => [q.number, q.keyTerms]));
    expect(terms[1]).toEqual(expect.arrayContaining(['neap', 'draught']));
    expect(terms[2]).toEqual(['under-keel']);
    // No model answer, no key terms.
    expect(terms[4]).toEqual([]);
    // The parsed guide itself is left as it was.
    expect(result.guide.questions.every((q) => q.keyTerms.length === 0)).toBe(true);
  });

  it('gives the same terms every time', () => {
    expect(withKeyTerms(result.guide)).toEqual(withKeyTerms(result.guide));
  });
});
