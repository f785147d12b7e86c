import { describe, expect, it } from 'vitest';

import { checklistItems, sectionChecklist, splitSentences } from '@/domain/checklist';

describe('checklistItems from lists', () => {
  it('returns each top-level bullet without its marker', () => {
    expect(checklistItems('- Be specific\n- Use numbers\n-   Keep it short  ')).toEqual([
      'Be specific',
      'Use numbers',
      'Keep it short',
    ]);
  });

  it('accepts every bullet style and numbered lists', () => {
    expect(checklistItems('* One\n+ Two\n• Three')).toEqual(['One', 'Two', 'Three']);
    expect(checklistItems('1. One\n2) Two\n10. Ten')).toEqual(['One', 'Two', 'Ten']);
  });

  it('keeps markdown inside items', () => {
    expect(checklistItems('- **Quantify**: say *how much* with `numbers`')).toEqual([
      '**Quantify**: say *how much* with `numbers`',
    ]);
  });

  it('keeps nested lists and continuation paragraphs with their item, dedented', () => {
    const md = [
      '- **Prepare** stories',
      '  - one per competency',
      '    - with a number',
      '',
      '  Practise them aloud.',
      '- Listen',
      '1. Numbered',
      '   - nested under a wider marker',
    ].join('\n');
    expect(checklistItems(md)).toEqual([
      '**Prepare** stories\n- one per competency\n  - with a number\n\nPractise them aloud.',
      'Listen',
      'Numbered\n- nested under a wider marker',
    ]);
  });

  it('joins lazy continuation lines to their item', () => {
    expect(checklistItems('- A long point that\nwraps onto the next line\n- Next')).toEqual([
      'A long point that\nwraps onto the next line',
      'Next',
    ]);
  });

  it('keeps a code block inside an item intact', () => {
    const md = '- Guard the query:\n  ```sql\n  SELECT 1;\n\n  -- not an item\n  ```\n- Next';
    expect(checklistItems(md)).toEqual(['Guard the query:\n```sql\nSELECT 1;\n\n-- not an item\n```', 'Next']);
  });

  it('drops prose that introduces or follows the list, and empty items', () => {
    expect(checklistItems('Keep in mind:\n\n- One\n-\n- Two\n\nThat is all.')).toEqual(['One', 'Two']);
  });

  it('handles Windows line endings and tabs', () => {
    expect(checklistItems('- One\r\n\t- nested\r\n- Two')).toEqual(['One\n- nested', 'Two']);
  });

  it('does not take bold text or rules for bullets', () => {
    expect(checklistItems('**Always** prepare.\n\n---\n\nNever guess.')).toEqual([
      '**Always** prepare.',
      '---',
      'Never guess.',
    ]);
  });
});

describe('checklistItems from prose', () => {
  it('returns the sentences of each paragraph', () => {
    expect(checklistItems('Be specific. Use numbers!\nAsk questions?\n\nStay calm.')).toEqual([
      'Be specific.',
      'Use numbers!',
      'Ask questions?',
      'Stay calm.',
    ]);
  });

  it('does not split at abbreviations, initials or decimals', () => {
    expect(checklistItems('Name tools, e.g. Jira or Asana. Cite growth of 3.5 times. Ask J. Smith first.')).toEqual([
      'Name tools, e.g. Jira or Asana.',
      'Cite growth of 3.5 times.',
      'Ask J. Smith first.',
    ]);
  });

  it('does not split before a lowercase word', () => {
    expect(splitSentences('Use approx. values. Then stop.')).toEqual(['Use approx. values.', 'Then stop.']);
    expect(splitSentences('Ship it... then iterate.')).toEqual(['Ship it... then iterate.']);
  });

  it('splits after closing quotes and emphasis', () => {
    expect(splitSentences('Say "we did it." Then explain. **Be brief.** Done.')).toEqual([
      'Say "we did it."',
      'Then explain.',
      '**Be brief.**',
      'Done.',
    ]);
  });

  it('skips headings and keeps a code block whole', () => {
    expect(checklistItems('## Notes\nCheck inputs. Log errors.\n\n```\na = 1. B\n```')).toEqual([
      'Check inputs.',
      'Log errors.',
      '```\na = 1. B\n```',
    ]);
  });

  it('returns nothing for empty input', () => {
    expect(checklistItems('')).toEqual([]);
    expect(checklistItems('  \n\n \t')).toEqual([]);
    expect(checklistItems(undefined as unknown as string)).toEqual([]);
  });
});

describe('sectionChecklist', () => {
  it("lists every section's items in section order, then item order, each with the wrapper it sat in", () => {
    const sections = [
      {
        kind: 'bestPractices' as const,
        markdown: '- Start small\n- Train champions',
        within: 'Scenario 1: Salesforce',
      },
      { kind: 'pitfalls' as const, markdown: '- Skipping rollback' },
      { kind: 'bestPractices' as const, markdown: '- Freeze changes', within: 'Scenario 2: Billing' },
      { kind: 'bestPractices' as const, markdown: 'Keep a log. Review it weekly.' },
    ];
    expect(sectionChecklist(sections, 'bestPractices')).toEqual([
      { markdown: 'Start small', within: 'Scenario 1: Salesforce' },
      { markdown: 'Train champions', within: 'Scenario 1: Salesforce' },
      { markdown: 'Freeze changes', within: 'Scenario 2: Billing' },
      { markdown: 'Keep a log.' },
      { markdown: 'Review it weekly.' },
    ]);
    // The indices an attempt stores are the same as the plain items of the same sections, in order.
    expect(sectionChecklist(sections, 'bestPractices').map((item) => item.markdown)).toEqual(
      sections.filter((s) => s.kind === 'bestPractices').flatMap((s) => checklistItems(s.markdown)),
    );
    expect(sectionChecklist(sections, 'pitfalls')).toEqual([{ markdown: 'Skipping rollback' }]);
  });
});
