import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseGuide } from '@/content/parse-guide';

import { repoPath } from './helpers';

/** The parts every seed question has, in this order. */
const SEED_PARTS = ['context', 'approach', 'example', 'outcome', 'bestPractices', 'pitfalls'];

describe('the bundled seed guide', () => {
  const files = readdirSync(repoPath('content')).filter((f) => f.endsWith('.md'));
  const file = files.find((f) => f.startsWith('enterprise-partner-development-manager'))!;
  const result = parseGuide(readFileSync(repoPath(`content/${file}`), 'utf8'), `content/${file}`);

  it('parses without errors or warnings', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('has exactly 20 questions: 2 each Technical, Behavioral, Situational, Problem-Solving and 12 Additional', () => {
    if (!result.ok) return expect.fail('seed did not parse');
    const counts: Record<string, number> = {};
    for (const q of result.guide.questions) counts[q.category] = (counts[q.category] ?? 0) + 1;
    expect(counts).toEqual({ Technical: 2, Behavioral: 2, Situational: 2, 'Problem-Solving': 2, Additional: 12 });
    expect(result.guide.questions.map((q) => q.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('gives every question context, approach, example, outcome, best practices and pitfalls, in that order', () => {
    if (!result.ok) return expect.fail('seed did not parse');
    for (const q of result.guide.questions) {
      expect(q.sections.map((s) => s.kind), q.text).toEqual(SEED_PARTS);
      for (const s of q.sections) expect(s.markdown.length, `${q.text} / ${s.label}`).toBeGreaterThan(10);
    }
  });

  it('strips the numbering labels from question texts and keeps ids unique', () => {
    if (!result.ok) return expect.fail('seed did not parse');
    const { questions } = result.guide;
    expect(questions[0]!.text).toBe('How do you assess the technical capabilities of a potential partner?');
    expect(questions.every((q) => !/^Q\d/.test(q.text))).toBe(true);
    expect(new Set(questions.map((q) => q.id)).size).toBe(20);
  });
});
