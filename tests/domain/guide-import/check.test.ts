import { describe, expect, it } from 'vitest';

import { checkGuideFile, MAX_GUIDE_BYTES, MAX_USER_GUIDES } from '@/domain/guide-import';

import { fixture } from './fixtures';

describe('checkGuideFile', () => {
  it('accepts a Markdown guide (.md, .markdown, .txt)', () => {
    const text = fixture('harbour-pilot.md');
    for (const name of ['a.md', 'b.MARKDOWN', 'c.txt']) {
      expect(checkGuideFile({ name, size: text.length, text })).toBeNull();
    }
  });

  it('exports its limits', () => {
    expect(MAX_GUIDE_BYTES).toBe(5 * 1024 * 1024);
    expect(MAX_USER_GUIDES).toBe(500);
  });

  it('refuses other extensions, naming the file', () => {
    const problem = checkGuideFile({ name: 'résumé.pdf', size: 1000 });
    expect(problem).toMatchObject({ code: 'not-markdown' });
    expect(problem?.message).toContain('“résumé.pdf”');
    expect(checkGuideFile({ name: 'guide', size: 10 })?.code).toBe('not-markdown');
  });

  it('refuses a file over 5 MB from its size alone, before any text is read', () => {
    const problem = checkGuideFile({ name: 'huge.md', size: 50 * 1024 * 1024 });
    expect(problem).toEqual({ code: 'too-large', message: '“huge.md” is 50 MB, over the 5 MB a guide may be' });
    expect(checkGuideFile({ name: 'edge.md', size: MAX_GUIDE_BYTES })).toBeNull();
    expect(checkGuideFile({ name: 'over.md', size: MAX_GUIDE_BYTES + 1 })?.code).toBe('too-large');
  });

  it('refuses an empty file, or one of blank lines', () => {
    expect(checkGuideFile({ name: 'empty.md', size: 0 })).toEqual({ code: 'empty', message: '“empty.md” is empty' });
    expect(checkGuideFile({ name: 'blank.md', size: 3, text: '\n \n' })?.code).toBe('empty');
  });

  it('refuses binary content under a Markdown name', () => {
    expect(checkGuideFile({ name: 'x.md', size: 5, text: 'ab\u0000cd' })?.code).toBe('binary');
    const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR' + '\uFFFD\u0002\u0003'.repeat(50);
    expect(checkGuideFile({ name: 'photo.md', size: png.length, text: png })?.message).toMatch(
      /“photo\.md” is not text/,
    );
  });

  it('refuses JSON (a data backup, say) under a Markdown name', () => {
    const text = JSON.stringify({ format: 'rehearse-export', sessions: [] });
    expect(checkGuideFile({ name: 'backup.md', size: text.length, text })).toMatchObject({ code: 'json' });
    // Markdown that happens to start with a bracket is not JSON.
    const link = '[Harbour](https://example.com) guide\n\n#### 1. Why?]';
    expect(checkGuideFile({ name: 'link.md', size: link.length, text: link })).toBeNull();
  });
});
