import { readdirSync, readFileSync } from 'node:fs';

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { Markdown, type HeadingLevel } from '@/components/ui/Markdown';
import { parseMarkdown } from '@/components/ui/markdown-runtime';
import { guideMarkdownTrees, markdownToTree } from '@/content/markdown-tree';
import { parseGuide } from '@/content/parse-guide';
import type { Guide } from '@/content/types';
import { registerMarkdownTrees } from '@/lib/prepared-markdown';

import { fixturePath, repoPath } from './helpers';

const LEVELS: HeadingLevel[] = [1, 2, 3, 4, 6];

/** What the app shows for a text compiled at build time: its tree, through JSON as in a guide chunk. */
function compiled(text: string, level: HeadingLevel): string {
  registerMarkdownTrees(JSON.parse(JSON.stringify({ [text]: markdownToTree(text) })) as Record<string, never>);
  return renderToStaticMarkup(createElement(Markdown, { headingLevel: level, children: text }));
}

/** What react-markdown renders for the same text in the browser. */
function parsed(text: string, level: HeadingLevel): string {
  return renderToStaticMarkup(createElement('div', { className: 'prose-guide' }, parseMarkdown(text, level)));
}

function guideFrom(path: string): Guide {
  const result = parseGuide(readFileSync(path, 'utf8'), path);
  if (!result.ok) expect.fail(result.errors.map((e) => e.message).join('\n'));
  return result.guide;
}

const SNIPPETS = {
  headings: '#### Deep first\n\nText\n\n## Shallower later\n\n###### Deepest',
  'no headings': 'Just a paragraph with *emphasis*, **strong**, `code` and ~~strike~~.',
  lists: '- one\n- two\n  1. nested\n  2. more\n\n* [ ] task\n* [x] done',
  table: '| Left | Centre | Right |\n|:-----|:------:|------:|\n| a | b | c |\n| `x` | **y** | [z](https://example.com) |',
  code: '```ts\nconst a = 1 < 2;\n```\n\n    indented code',
  'links and images':
    '[ok](https://example.com "Title") [rel](/guides/x) [mail](mailto:a@b.c) <https://auto.link> www.example.org\n\n![alt](https://example.com/a.png)',
  'hostile URLs':
    '[js](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox) ![img](javascript:alert(2)) [JaVa](JAVASCRIPT:alert(3))',
  'raw HTML': 'Before <script>alert(1)</script> after <b onclick="x()">bold</b>\n\n<div>block</div>\n\n<img src=x onerror=alert(1)>',
  footnotes: 'A claim.[^1]\n\n### Heading\n\n[^1]: The source.',
  entities: 'AT&amp;T &copy; 5 &lt; 6 &#x27;quoted&#x27; — “curly” and emoji 🎯',
  'blockquote and rule': '> Quoted\n> - list in quote\n\n---\n\nAfter',
  'hard breaks': 'Line one  \nLine two\\\nLine three',
};

describe('guide markdown compiled at build time renders exactly as react-markdown renders it', () => {
  for (const [name, text] of Object.entries(SNIPPETS)) {
    it(`${name}, at every heading level`, () => {
      for (const level of LEVELS) expect(compiled(text, level), `level ${level}`).toBe(parsed(text, level));
    });
  }

  it('every text of the bundled guide, the test guides and the hostile guide', () => {
    const files = [
      ...readdirSync(repoPath('content'))
        .filter((f: string) => f.endsWith('.md'))
        .map((f: string) => repoPath(`content/${f}`)),
      ...readdirSync(fixturePath('guides')).map((f: string) => fixturePath(`guides/${f}`)),
      fixturePath('hostile/hostile-guide.md'),
    ];
    let texts = 0;
    for (const file of files) {
      for (const text of Object.keys(guideMarkdownTrees(guideFrom(file)))) {
        texts++;
        for (const level of [2, 3, 4] as const) expect(compiled(text, level), `${file} at ${level}`).toBe(parsed(text, level));
      }
    }
    expect(texts).toBeGreaterThan(50);
    // Every answer is compiled twice over (by part and as written), each rendered both ways at three
    // levels: seconds of work, more while the rest of the suite runs alongside.
  }, 30_000);

  it('keeps no script URL and no raw HTML in the tree itself', () => {
    const json = JSON.stringify(markdownToTree(SNIPPETS['hostile URLs'] + '\n\n' + SNIPPETS['raw HTML']));
    expect(json).not.toMatch(/javascript:|vbscript:|data:text|<script|onerror|onclick|"raw"/i);
    expect(json).not.toContain('"position"');
  });
});

describe('guideMarkdownTrees', () => {
  it('compiles the overview (as written and trimmed), notes and every answer section, once each', () => {
    const trees = guideMarkdownTrees({
      overview: '\n## Overview\n\nText\n',
      notes: [{ markdown: 'A note' }, { markdown: 'A note' }],
      questions: [{ sections: [{ markdown: 'Context **here**' }, { markdown: '   ' }] }],
    });
    expect(Object.keys(trees)).toEqual(['\n## Overview\n\nText\n', '## Overview\n\nText', 'A note', 'Context **here**']);
  });

  it('leaves the answers as written out: they repeat the sections, and are parsed only when opened', () => {
    const trees = guideMarkdownTrees({
      overview: '',
      notes: [],
      questions: [{ sections: [{ markdown: 'Context' }], asWritten: '- **Context**: Context\n- **Scenario 1**: more' }],
    });
    expect(Object.keys(trees)).toEqual(['Context']);
  });

});
