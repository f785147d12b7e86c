import { SECTION_KINDS, type Guide, type SectionKind } from '../../content/types.ts';
import type { GuideCounts } from './types.ts';

export function countGuide(guide: Guide): GuideCounts {
  const categories: { name: string; count: number }[] = [];
  const parts = Object.fromEntries(SECTION_KINDS.map((kind) => [kind, 0])) as Record<SectionKind, number>;
  let withoutAnswer = 0;
  for (const q of guide.questions) {
    const same = categories.find((c) => c.name === q.category);
    if (same) same.count++;
    else categories.push({ name: q.category, count: 1 });
    if (q.sections.length === 0) withoutAnswer++;
    for (const kind of new Set(q.sections.map((s) => s.kind))) parts[kind]++;
  }
  return { questions: guide.questions.length, categories, parts, withoutAnswer };
}
