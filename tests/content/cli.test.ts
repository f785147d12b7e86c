import { spawnSync } from 'node:child_process';

import { describe, expect, it } from 'vitest';

import { repoPath } from './helpers';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/content-loader/cli.ts', '--no-cache', ...args], {
    cwd: repoPath(''),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('content:check', () => {
  it('summarises the bundled guide and exits 0', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Enterprise Partner Development Manager Interview Preparation');
    expect(result.stdout).toContain('20 questions: Technical 2, Behavioral 2, Situational 2, Problem-Solving 2, Additional 12');
    expect(result.stdout).toContain('context 20, approach 20, example 20, outcome 20, best practices 20, pitfalls 20');
  });

  it('--json prints only the documented shape; good guides are listed beside errors; exit 1', () => {
    const result = run('--json', 'tests/fixtures/guides/list-items.md', 'tests/fixtures/broken/missing-term.md');
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout) as {
      guides: { file: string; slug: string; title: string; questions: Record<string, unknown>[] }[];
      errors: { file: string; line: number; message: string }[];
    };
    expect(Object.keys(out)).toEqual(['guides', 'totals', 'errors']);
    expect(out.guides).toHaveLength(1);
    expect(out.guides[0]).toMatchObject({ file: 'tests/fixtures/guides/list-items.md', slug: 'list-items', title: 'AI Engineer Interview Preparation' });
    expect(Object.keys(out.guides[0]!.questions[0]!)).toEqual(['id', 'number', 'category', 'text', 'sections']);
    expect(out.guides[0]!.questions[0]!.sections).toContainEqual({ kind: 'pitfalls', label: 'Pitfalls', markdown: 'Reporting accuracy on imbalanced data.' });
    expect(out.errors).toEqual([{ file: 'tests/fixtures/broken/missing-term.md', line: 2, message: expect.stringContaining('term') }]);
  });

  it('counts questions, missing model answers and each part, per guide and in total, and warns about part-like labels', () => {
    const json = run('--json', 'tests/fixtures/shapes', 'tests/fixtures/guides/list-items.md');
    expect(json.status).toBe(0);
    const out = JSON.parse(json.stdout) as {
      guides: { slug: string; stats: Record<string, unknown>; warnings: { line: number; message: string }[] }[];
      totals: { guides: number; questions: number; withoutModelAnswer: number; parts: Record<string, number> };
    };
    const shapes = out.guides.find((g) => g.slug === 'nested-shapes')!;
    expect(shapes.stats).toEqual({
      questions: 6,
      withoutModelAnswer: 1,
      parts: { context: 4, approach: 2, example: 4, outcome: 3, bestPractices: 3, pitfalls: 4, followUps: 1, answer: 3 },
      warnings: 1,
    });
    expect(shapes.warnings).toEqual([
      { file: 'tests/fixtures/shapes/nested-shapes.md', line: 76, message: expect.stringContaining('"Lessons Applied"') },
    ]);
    expect(out.totals).toMatchObject({ guides: 2, questions: 12, withoutModelAnswer: 4 });
    expect(out.totals.parts.context).toBe(4 + 1);

    const text = run('tests/fixtures/shapes', 'tests/fixtures/guides/list-items.md');
    expect(text.stdout).toContain('1 question(s) without a model answer');
    expect(text.stdout).toContain('warning tests/fixtures/shapes/nested-shapes.md:76: "Lessons Applied" looks like an answer-part label');
    expect(text.stdout).toContain('questions without a model answer: 4');
    expect(text.stdout).toMatch(/answer parts in total \(questions with each\): context 5, approach 3,/);
  });

  it('prints file:line errors in the summary and exits non-zero', () => {
    const result = run('tests/fixtures/broken');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/error tests\/fixtures\/broken\/invalid-yaml\.md:4: invalid YAML/);
    expect(result.stdout).toMatch(/error tests\/fixtures\/broken\/no-questions\.md:5: no questions found/);
    expect(result.stdout).toContain('Same Slug A');
  });
});
