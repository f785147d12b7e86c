import { parseGuide } from '@/content/parse-guide';
import type { Guide } from '@/content/types';
import { parserFileName, type BundledGuideRef, type ParsedGuideFile } from '@/domain/guide-import';

const files = import.meta.glob<string>('../../fixtures/guide-import/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The text of a fixture in tests/fixtures/guide-import/. */
export function fixture(name: string): string {
  const text = files[`../../fixtures/guide-import/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}

/** A file as the parse pipeline hands it to the plan. */
export function parsedFile(name: string, text = fixture(name)): ParsedGuideFile {
  return { name, size: text.length, status: 'parsed', result: parseGuide(text, parserFileName(name)) };
}

/** The guide a fixture parses to (it must parse). */
export function guideOf(name: string, text = fixture(name)): Guide {
  const file = parsedFile(name, text);
  if (file.status !== 'parsed' || !file.result.ok) throw new Error(`${name} does not parse`);
  return file.result.guide;
}

/** A bundled guide as the plan sees it. */
export function bundledRef(guide: Guide): BundledGuideRef {
  return { slug: guide.slug, title: guide.title, questionTexts: guide.questions.map((q) => q.text) };
}
