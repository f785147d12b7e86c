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
    expect(Object.keys(out)).toEqual(['guides', 'errors']);
    expect(out.guides).toHaveLength(1);
    expect(out.guides[0]).toMatchObject({ file: 'tests/fixtures/guides/list-items.md', slug: 'list-items', title: 'AI Engineer Interview Preparation' });
    expect(Object.keys(out.guides[0]!.questions[0]!)).toEqual(['id', 'number', 'category', 'text', 'sections']);
    expect(out.guides[0]!.questions[0]!.sections).toContainEqual({ kind: 'pitfalls', label: 'Pitfalls', markdown: 'Reporting accuracy on imbalanced data.' });
    expect(out.errors).toEqual([{ file: 'tests/fixtures/broken/missing-term.md', line: 2, message: expect.stringContaining('term') }]);
  });

  it('prints file:line errors in the summary and exits non-zero', () => {
    const result = run('tests/fixtures/broken');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/error tests\/fixtures\/broken\/invalid-yaml\.md:4: invalid YAML/);
    expect(result.stdout).toMatch(/error tests\/fixtures\/broken\/no-questions\.md:5: no questions found/);
    expect(result.stdout).toContain('Same Slug A');
  });
});
