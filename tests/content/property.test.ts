import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseGuide } from '@/content/parse-guide';

// Building blocks that exercise the parser's decisions rather than random bytes alone.
const fragment = fc.constantFrom(
  '---\n',
  'term: "T"\n',
  'tags: [a, b\n',
  '### Technical Questions\n',
  '#### 1. What is X?\n',
  '#### Question 2\n',
  '**Q3: Explain Y**\n',
  '1. **Describe Z?**\n',
  '   **Answer:**\n',
  '- **Answer**:\n',
  '  - **Context**: c\n',
  '  - **Outcome:** o\n',
  '- **Follow-up**:\n    - **Why?**\n',
  '```\ncode\n',
  '> quote\n',
  '| a | b |\n|---|---|\n',
  '<script>alert(1)</script>\n',
  '## Conclusion\n',
  '\n',
  '    indented\n',
  '\t- tab item\n',
);

const markdown = fc.oneof(
  fc.string(),
  fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join('')),
);

describe('parseGuide on arbitrary markdown', () => {
  it('never throws and returns either a guide or errors with lines', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const result = parseGuide(text, 'fuzz.md');
        if (result.ok) {
          expect(result.guide.questions.length).toBeGreaterThan(0);
          for (const q of result.guide.questions) expect(q.text.length).toBeGreaterThan(0);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('with frontmatter in front, finds at least the numbered heading questions it was given', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ]{2,30}$/), { minLength: 1, maxLength: 8 }), (texts) => {
        const unique = [...new Set(texts.map((t) => t.trim().toLowerCase()))].filter((t) => t.length >= 3);
        fc.pre(unique.length > 0);
        const body = unique.map((t, i) => `#### ${i + 1}. ${t}?\n\nAnswer ${i}.\n`).join('\n');
        const result = parseGuide(`---\nterm: "T"\n---\n\n${body}`, 'gen.md');
        expect(result.ok && result.guide.questions.map((q) => q.text)).toEqual(unique.map((t) => `${t}?`));
      }),
      { numRuns: 100 },
    );
  });
});
