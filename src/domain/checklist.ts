/**
 * The checklist the user ticks after revealing a model answer: the answer's
 * own Best Practices or Pitfalls, one entry per point. When the section is a
 * list, each top-level item is one entry, returned as markdown without its
 * bullet and with any nested lines (sub-bullets, continuation paragraphs,
 * code) kept inside it, dedented so they still render as markdown. When the
 * section has no list, each sentence of its prose is an entry. Entries are
 * trimmed, never empty, and come in the order written, so their indices are
 * stable for `Attempt.practicesCovered` / `pitfallsHit` as long as the text is.
 * A question's checklist (`sectionChecklist`) is its sections' items in
 * section order, then item order, each with the wrapper its section sat in
 * (`within`), so the indices stay what they were before `within` existed.
 */
import type { AnswerSection } from '@/content/types';

const MARKER = /^( {0,3})([-*+•]|\d{1,9}[.)])(?:[ \t]+|$)/;
const FENCE = /^\s*(?:```|~~~)/;
const HEADING = /^ {0,3}#{1,6}(?:\s|$)/;

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'approx', 'incl', 'dr', 'mr', 'mrs', 'ms', 'st', 'no', 'cf']);

interface Item {
  first: string;
  /** Lines after the first; `lazy` ones were written unindented and are kept as they are. */
  rest: { text: string; lazy: boolean }[];
  /** Columns of the marker plus its spacing: lines indented this far belong to the item. */
  contentIndent: number;
}

/**
 * The item as markdown: nested lines dedented by their smallest indent, so a
 * sub-list nested with a tab or four spaces comes out one level deep either way.
 */
function itemMarkdown(item: Item): string {
  const indents = item.rest.filter((l) => !l.lazy && l.text.trim() !== '').map((l) => leadingSpaces(l.text));
  const cut = indents.length ? Math.min(...indents) : 0;
  return [item.first, ...item.rest.map((l) => (l.lazy ? l.text : l.text.slice(cut)))].join('\n').trim();
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

/** Prose split at sentence ends, not at abbreviations, initials or decimals. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(/[.!?]+["'”’)*_]*\s+/g)) {
    const end = m.index + m[0].length;
    const next = paragraph[end];
    if (next === undefined || !/[\p{Lu}\p{N}"'“‘(*_[`]/u.test(next)) continue;
    if (m[0].startsWith('.')) {
      const before = /(\S+)$/.exec(paragraph.slice(start, m.index))?.[1] ?? '';
      const word = before.replace(/^[^\p{L}]+/u, '').toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before)) continue;
    }
    sentences.push(paragraph.slice(start, m.index + m[0].trimEnd().length));
    start = end;
  }
  sentences.push(paragraph.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s !== '');
}

export function checklistItems(markdown: string): string[] {
  if (typeof markdown !== 'string') return [];
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const items: Item[] = [];
  const prose: string[][] = [[]];
  let current: Item | null = null;
  let afterBlank = false;
  let inFence = false;

  for (const line of lines) {
    const indent = leadingSpaces(line);
    if (current && (inFence || line.trim() === '' || indent >= current.contentIndent)) {
      // Inside the item: a blank line, a nested line, or a line of an open code block.
      if (FENCE.test(line)) inFence = !inFence;
      current.rest.push({ text: line.trim() === '' ? '' : line, lazy: false });
      afterBlank = line.trim() === '';
      continue;
    }
    const marker = MARKER.exec(line);
    if (marker && !inFence) {
      const width = marker[1]!.length + marker[2]!.length;
      const spacing = marker[0].length - width;
      // More than four spaces after the marker (or none, "-" alone) means the content starts one column after it.
      const contentIndent = spacing >= 1 && spacing <= 4 ? marker[0].length : width + 1;
      current = { first: line.slice(marker[0].length), rest: [], contentIndent };
      items.push(current);
      afterBlank = false;
      continue;
    }
    if (current && !afterBlank && line.trim() !== '') {
      // A lazy continuation: unindented text straight after an item's line still belongs to it.
      current.rest.push({ text: line.trim(), lazy: true });
      continue;
    }
    current = null;
    const paragraph = (): string[] => prose[prose.length - 1]!;
    if (FENCE.test(line)) {
      // A code block is its own entry; splitting it into "sentences" would garble it.
      if (!inFence) prose.push([]);
      paragraph().push(line);
      inFence = !inFence;
      if (!inFence) prose.push([]);
    } else if (inFence) {
      paragraph().push(line);
    } else if (line.trim() === '') {
      prose.push([]);
    } else if (!HEADING.test(line)) {
      paragraph().push(line.trim());
    }
  }

  if (items.length > 0) {
    // Prose around a list only introduces it ("Keep in mind:").
    return items.map(itemMarkdown).filter((s) => s !== '');
  }
  return prose.flatMap((paragraph) => {
    if (paragraph.length === 0) return [];
    if (FENCE.test(paragraph[0]!)) return [paragraph.join('\n').trim()];
    return splitSentences(paragraph.join(' '));
  });
}

/** One entry of a question's checklist: the item's markdown and, when its section had one, the wrapper it sat in. */
export interface ChecklistItem {
  markdown: string;
  /** "Scenario 1: …", "IaaS (…)": the titles of the wrappers the section sat inside. */
  within?: string;
}

/**
 * The checklist of a question's sections of one kind (Best Practices or
 * Pitfalls): every section's items in section order, then item order. The
 * position in this list is the index stored in an attempt.
 */
export function sectionChecklist(
  sections: readonly Pick<AnswerSection, 'kind' | 'markdown' | 'within'>[],
  kind: AnswerSection['kind'],
): ChecklistItem[] {
  return sections
    .filter((section) => section.kind === kind)
    .flatMap((section) =>
      checklistItems(section.markdown).map((markdown) =>
        section.within ? { markdown, within: section.within } : { markdown },
      ),
    );
}
