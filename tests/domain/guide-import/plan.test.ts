import { describe, expect, it } from 'vitest';

import type { Guide } from '@/content/types';
import {
  bundledFromSearchIndex,
  checkGuideFile,
  MAX_USER_GUIDES,
  planGuideImport,
  type ExistingBank,
  type ImportPlanEntry,
  type ParsedGuideFile,
} from '@/domain/guide-import';

import { bundledRef, fixture, guideOf, parsedFile } from './fixtures';

const empty: ExistingBank = { bundled: [], mine: [] };

function only(entries: ImportPlanEntry[], status: ImportPlanEntry['status']) {
  return entries.filter((e) => e.status === status).map((e) => e.file);
}

describe('planGuideImport', () => {
  it('plans a new guide with its counts by category and by answer part', () => {
    const plan = planGuideImport([parsedFile('harbour-pilot.md')], empty);
    const [entry] = plan.entries;
    expect(entry?.status).toBe('new');
    if (entry?.status !== 'new') return;
    expect(entry).toMatchObject({ slug: 'harbour-pilot', title: 'Harbour Pilot Interview Guide', warnings: [] });
    expect(entry.counts).toMatchObject({
      questions: 5,
      categories: [
        { name: 'Technical', count: 2 },
        { name: 'Behavioral', count: 2 },
        { name: 'Situational', count: 1 },
      ],
      withoutAnswer: 1,
    });
    expect(entry.counts.parts).toMatchObject({
      context: 2,
      approach: 3,
      example: 1,
      outcome: 2,
      bestPractices: 1,
      pitfalls: 1,
      answer: 1,
    });
    expect(plan.userGuidesAfter).toBe(1);
  });

  it('keeps the parser warnings with their lines, and reads a .txt file as Markdown', () => {
    const [entry] = planGuideImport([parsedFile('tide-planner.txt')], empty).entries;
    expect(entry).toMatchObject({ status: 'new', slug: 'tide-planner' });
    expect(entry?.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('`tags`') })]);
  });

  it('refuses broken YAML with the line of the problem', () => {
    const [entry] = planGuideImport([parsedFile('broken-yaml.md')], empty).entries;
    expect(entry).toMatchObject({ status: 'refused', file: 'broken-yaml.md', slug: 'broken-yaml', title: null });
    if (entry?.status !== 'refused') return;
    expect(entry.problems).toEqual([{ line: 5, message: expect.stringMatching(/^invalid YAML in frontmatter/) }]);
  });

  it('refuses a guide without questions', () => {
    const [entry] = planGuideImport([parsedFile('no-questions.md')], empty).entries;
    expect(entry?.status).toBe('refused');
    if (entry?.status !== 'refused') return;
    expect(entry.problems[0]?.message).toMatch(/no questions found/);
    expect(entry.problems[0]?.line).toBeGreaterThan(0);
  });

  it('refuses a file that failed the checks before parsing, without its text', () => {
    const huge = { name: 'huge.md', size: 50 * 1024 * 1024 };
    const file: ParsedGuideFile = { ...huge, status: 'refused', problem: checkGuideFile(huge)! };
    const [entry] = planGuideImport([file], empty).entries;
    expect(entry).toMatchObject({
      status: 'refused',
      problems: [{ line: null, message: '“huge.md” is 50 MB, over the 5 MB a guide may be' }],
    });
  });

  it('refuses a guide named like a bundled one: it is already in the library', () => {
    const bundled = guideOf('harbour-pilot.md');
    const [entry] = planGuideImport([parsedFile('Harbour Pilot.md', fixture('harbour-pilot-v2.md'))], {
      bundled: [bundledRef(bundled)],
      mine: [],
    }).entries;
    expect(entry).toMatchObject({ status: 'refused', slug: 'harbour-pilot', title: 'Harbour Pilot Interview Guide' });
    if (entry?.status !== 'refused') return;
    expect(entry.problems[0]?.message).toMatch(/^«Harbour Pilot Interview Guide» is already in the library/);
  });

  it('refuses a guide whose questions are mostly in another guide, naming it', () => {
    const bundled = guideOf('harbour-pilot.md');
    const [entry] = planGuideImport([parsedFile('lighthouse-keeper.md')], {
      bundled: [bundledRef(bundled)],
      mine: [],
    }).entries;
    expect(entry?.status).toBe('refused');
    if (entry?.status !== 'refused') return;
    expect(entry.problems[0]?.message).toBe('2 of its 3 questions are already in «Harbour Pilot Interview Guide»');
  });

  it('checks duplicates against the user’s guides and the files earlier in the batch too', () => {
    const mine = guideOf('harbour-pilot.md');
    expect(
      planGuideImport([parsedFile('lighthouse-keeper.md')], { bundled: [], mine: [mine] }).entries[0]?.status,
    ).toBe('refused');
    const batch = planGuideImport([parsedFile('harbour-pilot.md'), parsedFile('lighthouse-keeper.md')], empty);
    expect(batch.entries.map((e) => e.status)).toEqual(['new', 'refused']);
  });

  it('replaces the user’s guide of the same name, with the diff', () => {
    const mine = guideOf('harbour-pilot.md');
    const plan = planGuideImport([parsedFile('harbour-pilot.md', fixture('harbour-pilot-v2.md'))], {
      bundled: [],
      mine: [mine],
    });
    const [entry] = plan.entries;
    expect(entry?.status).toBe('replace');
    if (entry?.status !== 'replace') return;
    expect(entry.replaces).toBe(mine);
    expect([
      entry.diff.added.length,
      entry.diff.changed.length,
      entry.diff.removed.length,
      entry.diff.unchanged.length,
    ]).toEqual([1, 1, 1, 3]);
    // Replacing does not count against the limit.
    expect(plan.userGuidesAfter).toBe(1);
  });

  it('refuses the second of two files with the same name in one batch, and plans the rest', () => {
    const plan = planGuideImport(
      [
        parsedFile('harbour-pilot.md'),
        parsedFile('broken-yaml.md'),
        parsedFile('Harbour_Pilot.markdown', fixture('harbour-pilot-v2.md')),
        parsedFile('tide-planner.txt'),
      ],
      empty,
    );
    expect(plan.entries.map((e) => e.status)).toEqual(['new', 'refused', 'refused', 'new']);
    const second = plan.entries[2];
    if (second?.status !== 'refused') return;
    expect(second.problems[0]?.message).toMatch(/^“harbour-pilot\.md”, earlier in this batch, is the same guide/);
    expect(plan.userGuidesAfter).toBe(2);
  });

  it(`refuses new guides beyond ${MAX_USER_GUIDES}, but still plans replacements`, () => {
    const own = guideOf('harbour-pilot.md');
    const mine: Guide[] = Array.from({ length: MAX_USER_GUIDES }, (_, i) =>
      i === 0 ? own : { ...own, slug: `guide-${i}`, title: `Guide ${i}`, questions: [] },
    );
    const plan = planGuideImport(
      [parsedFile('tide-planner.txt'), parsedFile('harbour-pilot.md', fixture('harbour-pilot-v2.md'))],
      { bundled: [], mine },
    );
    expect(only(plan.entries, 'refused')).toEqual(['tide-planner.txt']);
    expect(only(plan.entries, 'replace')).toEqual(['harbour-pilot.md']);
    const refused = plan.entries[0];
    if (refused?.status !== 'refused') return;
    expect(refused.problems[0]?.message).toMatch(/500 guides of your own/);
    expect(plan.userGuidesAfter).toBe(MAX_USER_GUIDES);
  });

  it('takes the bundled guides from the search index', () => {
    const guide = guideOf('harbour-pilot.md');
    const entries = guide.questions.map((q) => ({
      id: q.id,
      guideSlug: guide.slug,
      guideTitle: guide.title,
      category: q.category,
      number: q.number,
      text: q.text,
    }));
    expect(bundledFromSearchIndex(entries)).toEqual([bundledRef(guide)]);
  });
});
