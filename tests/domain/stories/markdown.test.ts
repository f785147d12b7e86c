import { describe, expect, it } from 'vitest';

import { storiesMarkdown, storyToMarkdown } from '@/domain/stories';

import { aStory } from './builders';

describe('storyToMarkdown', () => {
  it('writes the title, a meta line and each written part quoted under its label', () => {
    const story = aStory({
      title: 'Saving the launch',
      tags: ['deadline', 'crisis'],
      situation: 'Two days before launch the build broke.',
      result: 'Launched on time.\nNo rollbacks.',
      questionIds: ['g--a', 'g--b'],
      updatedAt: Date.UTC(2026, 2, 4, 12),
    });
    expect(storyToMarkdown(story)).toBe(
      [
        '### Saving the launch',
        '',
        '*Tags: deadline, crisis · linked to 2 questions · updated 2026-03-04*',
        '',
        '**Situation**',
        '',
        '> Two days before launch the build broke.',
        '',
        '**Result**',
        '',
        '> Launched on time.',
        '> No rollbacks.',
      ].join('\n'),
    );
  });

  it('keeps user text from changing the document', () => {
    const md = storyToMarkdown(
      aStory({ title: '# <b>Bold</b> [x](javascript:alert(1))', action: '## Not a heading\n<script>x</script>' }),
    );
    expect(md.split('\n')[0]).toBe('### \\# \\<b\\>Bold\\</b\\> \\[x\\](javascript:alert(1))');
    expect(md).toContain('> \\## Not a heading');
    expect(md).toContain('> \\<script>x\\</script>');
    expect(md).not.toMatch(/^#{1,2} /m);
  });

  it('says when nothing is written and survives a bad date', () => {
    const md = storyToMarkdown(aStory({ title: '', updatedAt: Number.NaN }));
    expect(md).toContain('### Untitled story');
    expect(md).toContain('linked to 0 questions · updated unknown date');
    expect(md).toContain('> *(nothing written yet)*');
  });
});

describe('storiesMarkdown', () => {
  it('is a “My stories” section with every story by title', () => {
    const md = storiesMarkdown([aStory({ title: 'Zebra', result: 'z' }), aStory({ title: 'apple', result: 'a' })]);
    expect(md.startsWith('## My stories\n\n2 STAR stories, by title.\n\n### apple')).toBe(true);
    expect(md.indexOf('### apple')).toBeLessThan(md.indexOf('### Zebra'));
    expect(md.endsWith('\n')).toBe(false);
  });

  it('is empty with no stories, so the export can leave the section out', () => {
    expect(storiesMarkdown([])).toBe('');
  });
});
