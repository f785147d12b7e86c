import { describe, expect, it } from 'vitest';

import { detectParts, termCoverage } from '@/domain/hints';
import { formatDuration, speakingTimeSec, wordCount } from '@/domain/measures';
import { RUBRIC_PARTS } from '@/domain/model';

const STAR_ANSWER =
  'When I was at my previous company, our team shipped releases by hand and they broke often. ' +
  'I decided to automate it: first I mapped every manual step, then I built a pipeline in GitHub Actions with Priya, our QA lead. ' +
  'As a result, releases went from 3 days to 40 minutes and failed deployments dropped by 80%.';

const present = (text: string) => Object.fromEntries(RUBRIC_PARTS.map((p) => [p, detectParts(text)[p].present]));

describe('detectParts', () => {
  it('finds nothing in an empty or blank answer', () => {
    for (const text of ['', '   \n\n  ', '...', '- \n- ']) {
      const parts = detectParts(text);
      for (const p of RUBRIC_PARTS) expect(parts[p]).toEqual({ present: false, evidence: [] });
    }
  });

  it('finds all four parts in a STAR answer, with snippets from it', () => {
    const parts = detectParts(STAR_ANSWER);
    expect(present(STAR_ANSWER)).toEqual({ context: true, approach: true, example: true, outcome: true });
    expect(parts.context.evidence[0]).toBe('When I was at my previous company, our team shipped…');
    expect(parts.approach.evidence[0]).toMatch(/^I decided to automate it/);
    expect(parts.outcome.evidence.join(' ')).toContain('80%');
  });

  it('quotes the answer verbatim in snippets of at most 60 characters', () => {
    const parts = detectParts(STAR_ANSWER);
    for (const p of RUBRIC_PARTS) {
      expect(parts[p].evidence.length).toBeLessThanOrEqual(3);
      for (const e of parts[p].evidence) {
        expect(e.length).toBeLessThanOrEqual(60);
        for (const piece of e.split('…').filter(Boolean)) expect(STAR_ANSWER).toContain(piece);
      }
    }
  });

  it('returns short sentences whole and does not repeat a sentence for cues inside one snippet', () => {
    const parts = detectParts('We had a deadline. Our team was small.');
    expect(parts.context.evidence).toEqual(['We had a deadline.', 'Our team was small.']);
  });

  it('detects context from time and place markers', () => {
    expect(detectParts('Last year, at a fintech startup, payments kept failing.').context.present).toBe(true);
    expect(detectParts('In 2021 the situation was tense.').context.evidence).toEqual([
      'In 2021 the situation was tense.',
    ]);
    expect(detectParts('Caching stores data closer to the reader.').context.present).toBe(false);
  });

  it('detects an approach from decisions, ordered steps and numbered lists', () => {
    expect(detectParts("I'd start by asking who uses the report.").approach.present).toBe(true);
    expect(detectParts('First, gather the logs; then compare them with the baseline.').approach.present).toBe(true);
    expect(detectParts('1. Gather logs\n2. Compare with the baseline\n3. Fix').approach.evidence).toEqual([
      'Gather logs',
      'Compare with the baseline',
      'Fix',
    ]);
    // A single numbered line is not a sequence of steps.
    expect(detectParts('1. Gather logs').approach.present).toBe(false);
  });

  it('detects bulleted steps that say what was done', () => {
    const parts = detectParts('- Mapped the manual steps\n- Built a pipeline\n- need more tests');
    expect(parts.approach.evidence).toEqual(['Mapped the manual steps', 'Built a pipeline']);
  });

  it('detects examples from first-person past tense, dates and named things', () => {
    expect(detectParts('i rewrote the parser over a weekend').example.present).toBe(true);
    expect(detectParts('For example, the login page.').example.evidence).toEqual(['For example, the login page.']);
    expect(detectParts('The migration finished in March 2022.').example.present).toBe(true);
    expect(detectParts('We moved our billing to Stripe.').example.present).toBe(true);
    // Present tense that merely ends in "-ed" is not an example.
    expect(detectParts('I need a plan and we proceed carefully.').example.present).toBe(false);
    // "may" is a verb, not a month.
    expect(detectParts('It may help to cache.').example.present).toBe(false);
    // Capitalised words at the start of a sentence are not names.
    expect(detectParts('Caching helps. Indexes help too.').example.present).toBe(false);
  });

  it('detects outcomes from result words and figures', () => {
    expect(detectParts('it reduced churn').outcome.present).toBe(true);
    expect(detectParts('Conversion rose 12 percent.').outcome.evidence).toEqual(['Conversion rose 12 percent.']);
    expect(detectParts('We billed $40k more.').outcome.present).toBe(true);
    expect(detectParts('Builds got 3x faster.').outcome.present).toBe(true);
    expect(detectParts('Load time went from 4s to 1s').outcome.present).toBe(true);
    expect(detectParts('Caching stores data closer to the reader.').outcome.present).toBe(false);
  });

  it('cuts long sentences around the cue and marks the cuts', () => {
    const long =
      'Over the following several weeks of careful and patient negotiation with every single one of the vendors we saved 30% on licences.';
    const [snippet] = detectParts(long).outcome.evidence;
    expect(snippet).toBeDefined();
    expect(snippet!.length).toBeLessThanOrEqual(60);
    expect(snippet).toMatch(/^…/);
    expect(snippet).toContain('saved 30%');
  });

  it('handles markdown bullets and punctuation without leaking the markers', () => {
    const parts = detectParts('* **Result:** cut costs by 20%\n* Our team grew');
    expect(parts.outcome.evidence[0]).toBe('**Result:** cut costs by 20%');
    expect(parts.context.evidence).toEqual(['Our team grew']);
  });
});

describe('termCoverage', () => {
  it('matches terms by stems, in any word form and order', () => {
    expect(
      termCoverage('We negotiated new contracts with suppliers.', ['contract negotiation', 'supplier', 'pricing']),
    ).toEqual({
      used: ['contract negotiation', 'supplier'],
      missed: ['pricing'],
    });
  });

  it('needs every word of a phrase', () => {
    expect(termCoverage('The root problem was memory.', ['root cause'])).toEqual({ used: [], missed: ['root cause'] });
  });

  it('matches technical tokens and ignores case and markdown', () => {
    expect(termCoverage('Set up **CI/CD** in C++', ['ci/cd', 'C++'])).toEqual({ used: ['ci/cd', 'C++'], missed: [] });
  });

  it('handles an empty answer, no terms and empty terms', () => {
    expect(termCoverage('', ['latency'])).toEqual({ used: [], missed: ['latency'] });
    expect(termCoverage('anything', [])).toEqual({ used: [], missed: [] });
    expect(termCoverage('anything', ['', '  '])).toEqual({ used: [], missed: [] });
  });
});

describe('word count and time', () => {
  it('counts words, ignoring markdown and punctuation', () => {
    expect(wordCount('')).toBe(0);
    expect(wordCount('  \n ')).toBe(0);
    expect(wordCount('Hello, world!')).toBe(2);
    expect(wordCount('- **Bold** item\n- second item — done.')).toBe(5);
    expect(wordCount("I don't use C++ or CI/CD")).toBe(6);
  });

  it('estimates speaking time at 130 words a minute', () => {
    expect(speakingTimeSec(0)).toBe(0);
    expect(speakingTimeSec(130)).toBe(60);
    expect(speakingTimeSec(260)).toBe(120);
    expect(speakingTimeSec(1)).toBe(0); // 0.46 s
    expect(speakingTimeSec(2)).toBe(1); // 0.92 s
    expect(speakingTimeSec(100)).toBe(46);
    expect(speakingTimeSec(-5)).toBe(0);
    expect(speakingTimeSec(Number.NaN)).toBe(0);
  });

  it.each([
    [0, '0 s'],
    [999, '0 s'],
    [12_000, '12 s'],
    [59_999, '59 s'],
    [60_000, '1:00'],
    [65_000, '1:05'],
    [12 * 60_000, '12:00'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [3_725_000, '1:02:05'],
    [-1000, '0 s'],
    [Number.NaN, '0 s'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
