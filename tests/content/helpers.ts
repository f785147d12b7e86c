import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { expect } from 'vitest';

import { parseGuide } from '@/content/parse-guide';
import type { Guide, SectionKind } from '@/content/types';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
export const repoPath = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));

/** Parses a fixture and fails the test with the parser's own errors when it does not parse. */
export function parseFixture(name: string): Guide {
  const file = `tests/fixtures/guides/${name}`;
  const result = parseGuide(readFileSync(fixturePath(`guides/${name}`), 'utf8'), file);
  if (!result.ok) expect.fail(result.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  return result.guide;
}

/** A compact view of the questions: text, category and the kinds of their parts. */
export function outline(guide: Guide): [string, string, SectionKind[]][] {
  return guide.questions.map((q) => [q.category, q.text, q.sections.map((s) => s.kind)]);
}
