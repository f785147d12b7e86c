import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseGuide } from '@/content/parse-guide';
import type { Guide, Question, SectionKind } from '@/content/types';

import { fixturePath } from './helpers';

function parseShapes(): { guide: Guide; warnings: { line: number; message: string }[] } {
  const file = 'tests/fixtures/shapes/nested-shapes.md';
  const result = parseGuide(readFileSync(fixturePath('shapes/nested-shapes.md'), 'utf8'), file);
  if (!result.ok) expect.fail(result.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return { guide: result.guide, warnings: result.warnings };
}

/** The parts of one kind as [within, first words of the text]. */
function slot(question: Question, kind: SectionKind): [string, string][] {
  return question.sections
    .filter((s) => s.kind === kind)
    .map((s) => [s.within ?? '', s.markdown.replace(/\s+/g, ' ').slice(0, 32)]);
}

describe('answer parts nested at any depth', () => {
  const { guide, warnings } = parseShapes();
  const [batch, closures, customer, tool, deadlines, bare] = guide.questions as [
    Question,
    Question,
    Question,
    Question,
    Question,
    Question,
  ];

  it('point items with their own parts: each part in its slot under the point, inline Example too', () => {
    expect(slot(batch, 'context')).toEqual([
      ['Batch processing', 'Chosen when results can wait a f'],
      ['Stream processing', 'Chosen when a late answer is a w'],
    ]);
    expect(slot(batch, 'outcome').map(([w]) => w)).toEqual(['Batch processing', 'Stream processing']);
    expect(slot(batch, 'example')).toEqual([['Batch processing', "A nightly payroll run over the d"]]);
    expect(slot(batch, 'pitfalls')).toEqual([['Batch processing', 'Stale numbers between runs.']]);
    expect(slot(batch, 'bestPractices')).toEqual([['Stream processing', 'Make every handler idempotent so']]);
    // The point's own text stays, named after it, without the inline example.
    const own = batch.sections.find((s) => s.label === 'Batch processing')!;
    expect(own).toMatchObject({ kind: 'answer', markdown: 'Works through stored data in large chunks on a schedule.' });
  });

  it('an italic label nested in an unlabelled concept is still an example', () => {
    expect(slot(closures, 'example')).toEqual([['Concept', 'A counter factory whose inner fu']]);
    expect(closures.sections.map((s) => s.kind)).not.toContain('context');
    expect(closures.sections.map((s) => s.kind)).not.toContain('outcome');
  });

  it('Scenario 1 / Scenario 2 wrappers: Context, Approach, Outcome in their slots, titled by scenario', () => {
    const s1 = 'Scenario 1: Rescuing a delayed hospital rollout';
    const s2 = 'Scenario 2: Winning back a churned retailer';
    expect(slot(customer, 'context').map(([w]) => w)).toEqual([s1, s2]);
    expect(slot(customer, 'approach').map(([w]) => w)).toEqual([s1, s2]);
    expect(slot(customer, 'outcome')).toEqual([
      [s1, 'Went live two days early and ren'],
      [s2, 'They signed again within a quart'],
    ]);
    // Singular checklist labels inside a scenario.
    expect(slot(customer, 'bestPractices')).toEqual([[s1, 'Agree one shared tracker with th']]);
    expect(slot(customer, 'pitfalls')).toEqual([[s1, 'Promising dates before the engin']]);
    // The scenario itself is the example.
    expect(slot(customer, 'example')).toEqual([
      ['', 'Rescuing a delayed hospital roll'],
      ['', 'Winning back a churned retailer.'],
    ]);
  });

  it('a Detailed Answer wrapper is transparent: numbered examples and both pitfall labels reach their slots', () => {
    expect(slot(tool, 'context')).toEqual([['', "Our analytics vendor was retired"]]);
    expect(tool.sections.filter((s) => s.kind === 'example').map((s) => s.label)).toEqual(['Example 1', 'Example 2']);
    expect(tool.sections.filter((s) => s.kind === 'pitfalls').map((s) => s.label)).toEqual([
      'Common Pitfalls',
      'What Not to Do',
    ]);
  });

  it('an Approach holding Context, Action Taken and Outcome: the action stays in Approach, the others move', () => {
    expect(slot(deadlines, 'context')).toEqual([['', 'Two launches for two directors l']]);
    const approach = deadlines.sections.filter((s) => s.kind === 'approach');
    expect(approach).toHaveLength(1);
    expect(approach[0]!.markdown).toContain('**Action Taken:** I mapped both plans');
    expect(approach[0]!.markdown).not.toContain('Two launches');
    // And an inline "**Outcome**:" in the middle of a paragraph.
    expect(slot(deadlines, 'outcome')).toEqual([
      ['', 'Both shipped; one moved its mark'],
      ['Reasoning', 'Fewer escalations the next quart'],
    ]);
  });

  it('keeps the answer as written, in the guide’s own order and nesting', () => {
    expect(customer.asWritten).toContain('- **Scenario 1**: Rescuing a delayed hospital rollout.\n  - **Context**:');
    expect(batch.asWritten?.indexOf('**Batch processing**')).toBeLessThan(batch.asWritten!.indexOf('**Stream processing**'));
    expect(bare.sections).toEqual([]);
    expect(bare.asWritten).toBeUndefined();
  });

  it('warns, with its line, about a bold label that looks like a part but names none', () => {
    expect(warnings).toEqual([expect.objectContaining({ line: 76, message: expect.stringContaining('"Lessons Applied"') })]);
  });

  it('loses no text: every labelled line of every answer is in some part', () => {
    for (const q of guide.questions) {
      const all = q.sections.map((s) => s.markdown).join('\n');
      for (const line of (q.asWritten ?? '').split('\n')) {
        const text = line.replace(/^\s*(?:[-*+]|\d+\.)\s*/, '').replace(/^\*{1,2}[^*]+\*{1,2}:?\s*/, '').replace(/^[:]\s*/, '');
        const words = text.replace(/\*\*[^*]+\*\*:?/g, '').trim().split(/\s+/).slice(0, 4).join(' ');
        if (words) expect(all, `${q.text}: ${line}`).toContain(words);
      }
    }
  });
});

describe('answer shapes seen in the wild', () => {
  const parse = (body: string): Guide => {
    const result = parseGuide(`---\nterm: "T"\n---\n\n## Interview Questions\n\n### Technical Questions\n\n${body}`, 't.md');
    if (!result.ok) expect.fail(result.errors.map((e) => e.message).join('\n'));
    return result.guide;
  };

  it('a label standing alone over a numbered list of points with their own examples: the points stay in order in that part', () => {
    const [q] = parse(
      [
        '#### How do you prevent overfitting?',
        '',
        '**Prevention Techniques:**',
        '1. **Cross-Validation:**',
        '   - **Explanation:** Test on different folds.',
        '   - **Example:** Five folds, each held out once.',
        '2. **Early Stopping:**',
        '   - **Explanation:** Stop when validation loss rises.',
      ].join('\n'),
    ).questions;
    const approach = q!.sections.filter((s) => s.kind === 'approach');
    expect(approach).toHaveLength(1);
    expect(approach[0]!.label).toBe('Prevention Techniques');
    expect(approach[0]!.markdown).toMatch(/^1\. \*\*Cross-Validation:\*\*\n {3}- \*\*Explanation:\*\* Test on different folds\.\n\n2\. \*\*Early Stopping:\*\*/);
    expect(slot(q!, 'example')).toEqual([['Cross-Validation', 'Five folds, each held out once.']]);
  });

  it('points around wrappers keep their order in the general answer', () => {
    const [q] = parse(
      [
        '#### How would you secure a cloud account?',
        '',
        '- **Answer**:',
        '  - **Least privilege**: Scope every role.',
        '  - **Encryption**: Encrypt at rest.',
        '    - **Outcome**: Stolen disks are useless.',
        '  - **Logging**: Keep an audit trail.',
      ].join('\n'),
    ).questions;
    expect(q!.sections.filter((s) => s.kind === 'answer').map((s) => s.markdown.slice(0, 24))).toEqual([
      '- **Least privilege**: S',
      'Encrypt at rest.',
      '- **Logging**: Keep an a',
    ]);
  });

  it('a plain Scenario that opens a story with an approach and an outcome is its context', () => {
    const [q] = parse(
      [
        '#### Tell me about a time you learned a tool fast.',
        '',
        '- **Scenario**: Our team had to adopt a new stream processor in a month.',
        '- **Approach**: I built three small prototypes.',
        '- **Outcome**: Shipped in three weeks.',
      ].join('\n'),
    ).questions;
    expect(q!.sections.map((s) => s.kind)).toEqual(['context', 'approach', 'outcome']);
  });

  it('headings at the group level that name a group without the word "questions" are groups', () => {
    const guide = parse(
      [
        '#### What is a VPC?',
        '',
        'A private network.',
        '',
        '### Problem-Solving with Code',
        '',
        '#### Write a script to start an instance.',
        '',
        'Use the SDK.',
        '',
        '### Advanced Problem-Solving',
        '',
        '#### How would you process events in real time?',
        '',
        'A stream processor.',
      ].join('\n'),
    );
    expect(guide.questions.map((q) => q.category)).toEqual(['Technical', 'Problem-Solving', 'Problem-Solving']);
    expect(guide.notes).toEqual([]);
  });

  it('a reference link keeps its definition in the part that uses it', () => {
    const [q] = parse(
      [
        '#### What do you read?',
        '',
        '- **Answer**:',
        '  - **Approach**: Start with [the docs][docs].',
        '  - **Outcome**: Fewer support tickets.',
        '',
        '[docs]: https://example.com/docs',
      ].join('\n'),
    ).questions;
    expect(q!.sections.find((s) => s.kind === 'approach')!.markdown).toBe(
      'Start with [the docs][docs].\n\n[docs]: https://example.com/docs',
    );
    expect(q!.sections.find((s) => s.kind === 'outcome')!.markdown).toBe('Fewer support tickets.');
    expect(q!.sections.map((s) => s.kind)).toEqual(['approach', 'outcome']);
  });
});
