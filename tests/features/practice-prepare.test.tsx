import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { Markdown, prepareMarkdown } from '@/components/ui/Markdown';
import type { Question } from '@/content/types';
import { revealMarkdown } from '@/features/practice/reveal/prepare';

import { loadChunks } from '../support';

beforeAll(() => loadChunks('markdown'));

/** A behavioural question with these parts. */
const questionWith = (sections: Question['sections'], more: Partial<Question> = {}): Question => ({
  id: 'g--q',
  number: 1,
  category: 'Behavioral',
  text: 'Q?',
  keyTerms: [],
  line: 1,
  sections,
  ...more,
});

describe('prepared markdown', () => {
  it('renders the same as markdown rendered on the spot, and keeps hostile URLs out', () => {
    const text = '## Title\n\n- **bold** [link](javascript:alert(1)) and [ok](https://example.com)';
    const fresh = render(<Markdown headingLevel={4}>{text}</Markdown>).container.innerHTML;
    prepareMarkdown(text, 4);
    const prepared = render(<Markdown headingLevel={4}>{text}</Markdown>).container.innerHTML;
    expect(prepared).toBe(fresh);
    expect(prepared).toContain('<h4>Title</h4>');
    expect(prepared).not.toContain('javascript:');
    // Another heading level is another rendering.
    expect(render(<Markdown headingLevel={2}>{text}</Markdown>).container.innerHTML).toContain('<h2>Title</h2>');
  });

  it('lists every piece of markdown the reveal shows, checklist items one by one', () => {
    const shown = revealMarkdown(
      questionWith([
        { kind: 'context', label: 'Context', markdown: 'C' },
        { kind: 'bestPractices', label: 'Best Practices', markdown: '- one\n- two' },
        { kind: 'pitfalls', label: 'Pitfalls', markdown: '' },
        { kind: 'answer', label: 'Answer', markdown: 'A' },
      ]),
    );
    expect(shown).toEqual([
      ['C', 4],
      ['one', 5],
      ['two', 5],
      ['', 4],
      ['A', 4],
    ]);
  });

  it("renders a part under a wrapper's sub-heading one level deeper, as the reveal does, and leaves the answer as written out", () => {
    const shown = revealMarkdown(
      questionWith(
        [
          { kind: 'context', label: 'Context', markdown: 'C1', within: 'Scenario 1' },
          { kind: 'context', label: 'Context', markdown: 'C2' },
          { kind: 'bestPractices', label: 'Best Practices', markdown: '- one', within: 'Scenario 1' },
          { kind: 'pitfalls', label: 'Pitfalls', markdown: '', within: 'Scenario 2' },
          { kind: 'followUps', label: 'Follow-up', markdown: 'F', within: 'Scenario 2' },
        ],
        { asWritten: 'The whole answer, collapsed until asked for.' },
      ),
    );
    expect(shown).toEqual([
      ['C1', 5],
      ['C2', 4],
      ['one', 5],
      ['', 5],
      ['F', 5],
    ]);
  });
});
