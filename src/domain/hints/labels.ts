/** Explicit STAR labels in an answer ("Situation:", "**Result**:", "In the end,") and the sections they open. */
import { RUBRIC_PARTS, type RubricPart } from '../model';
import { allMatches, indexAt, type Span } from './text';

export type Section = {
  part: RubricPart | null;
  labelStart: number;
  contentStart: number;
  end: number;
  /** A label on a list item speaks for that item only ("- Context: invoices took 14 days"). */
  lineOnly?: boolean;
  /** "In the end, …" speaks for its own sentence only. */
  sentenceOnly?: boolean;
};

const LABEL_NAMES: Record<RubricPart, string[]> = {
  context: [
    'situation',
    'context',
    'background',
    'task',
    'the situation',
    'the task',
    'problem',
    'the problem',
    'challenge',
    'the challenge',
    'setting',
    's\\s*/\\s*t',
    's',
    't',
  ],
  approach: [
    'actions?',
    'approach',
    'my approach',
    'what i did',
    'steps',
    'solution',
    'plan',
    'strategy',
    'method',
    'a',
  ],
  example: ['examples?', 'e'],
  outcome: [
    'results?',
    'end result',
    'outcomes?',
    'impact',
    'lessons?(?:\\s+learn[et]d?)?',
    'learnings?',
    'takeaways?',
    'r',
    'o',
  ],
};

const LABEL_PART = new Map<string, RubricPart>();
const LABEL_ALTERNATIVES = RUBRIC_PARTS.flatMap((part) =>
  LABEL_NAMES[part].map((name) => `(?<${part}${LABEL_NAMES[part].indexOf(name)}>${name})`),
);
for (const part of RUBRIC_PARTS) LABEL_NAMES[part].forEach((_, i) => LABEL_PART.set(`${part}${i}`, part));

/** Where a label may start: the start of the text or a line, or after a sentence. */
const LABEL_POSITION_RE = /\n|[.!?;]\s+/g;
/** Indentation and a list marker before a label. */
const LEAD_RE = /[ \t]*((?:[-*+•]|\d+[.)])[ \t]+)?/y;
const BOLD = String.raw`(?:\*\*|__)?`;
const LABEL_RE = new RegExp(
  `${BOLD}(?:${LABEL_ALTERNATIVES.join('|')})${BOLD}[ \\t]*(?::|[ \\t][-–—](?=[ \\t])|(?<=\\b[a-z])\\.(?=[ \\t]))${BOLD}`,
  'iy',
);
/** "In the end" opens the outcome wherever a sentence starts with it. */
const IN_THE_END_RE = new RegExp(`${BOLD}in the end${BOLD}[ \\t]*[,:]?`, 'iy');
/** Any other short bold or capitalised label at the start of a line ("**Trade-offs**:") ends a section. */
const OTHER_LABEL_RE =
  /(?:(?:\*\*|__)[^*\n]{1,30}(?:\*\*|__)[ \t]*:|(?:\*\*|__)[^*\n]{1,30}:(?:\*\*|__)|[A-Z][\w'’-]*(?: [\w'’-]+){0,2}:)(?=\s)/y;
/** Spoken STAR: "situation my team was behind task get it back action i cut scope result we shipped". */
const SPOKEN_LABEL_RE =
  /(?<!\b(?:the|a|an|my|our|this|that|of|in|on|any|no|every|each|whole|swift|quick|immediate|legal|corrective|direct)\s)\b(situation|task|action|result)\b(?!\s*[:-])/gi;
const SPOKEN_ORDER = ['situation', 'task', 'action', 'result'];

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function findSections(text: string, spans: Span[]): Section[] {
  const found: Section[] = [];
  const positions = [0, ...allMatches(LABEL_POSITION_RE, text).map((m) => m.index + m[0].length)];
  for (const at of positions) {
    const lead = stickyAt(LEAD_RE, text, at)!;
    const labelStart = at + lead[0].length;
    const onItem = lead[1] !== undefined;
    const label = stickyAt(LABEL_RE, text, labelStart);
    if (label) {
      const key = Object.entries(label.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
      const part = key ? LABEL_PART.get(key) : undefined;
      const contentStart = labelStart + label[0].length;
      const lineEnd = text.indexOf('\n', contentStart);
      const restOfLine = text.slice(contentStart, lineEnd < 0 ? text.length : lineEnd);
      if (part)
        found.push({ part, labelStart, contentStart, end: text.length, lineOnly: onItem && restOfLine.trim() !== '' });
      continue;
    }
    const end = stickyAt(IN_THE_END_RE, text, labelStart);
    if (end) {
      found.push({
        part: 'outcome',
        labelStart,
        contentStart: labelStart + end[0].length,
        end: text.length,
        sentenceOnly: true,
      });
      continue;
    }
    const lineStart = at === 0 || text[at - 1] === '\n';
    const other = lineStart ? stickyAt(OTHER_LABEL_RE, text, labelStart) : null;
    if (other) found.push({ part: null, labelStart, contentStart: labelStart + other[0].length, end: text.length });
  }
  const lower = text.toLowerCase();
  const spokenWords = SPOKEN_ORDER.filter((w) => lower.includes(w)).length;
  if (spokenWords >= 3 && !found.some((s) => s.part && s.part !== 'outcome')) {
    const spoken = allMatches(SPOKEN_LABEL_RE, text);
    const firsts = SPOKEN_ORDER.map((name) => spoken.find((m) => m[1]!.toLowerCase() === name)).filter(
      (m): m is RegExpExecArray => m !== undefined,
    );
    const inOrder = firsts.every((m, i) => i === 0 || m.index > firsts[i - 1]!.index);
    if (firsts.length >= 3 && inOrder) {
      for (const m of firsts) {
        const name = m[1]!.toLowerCase();
        const part: RubricPart = name === 'action' ? 'approach' : name === 'result' ? 'outcome' : 'context';
        found.push({ part, labelStart: m.index, contentStart: m.index + m[0].length, end: text.length });
      }
    }
  }
  found.sort((a, b) => a.labelStart - b.labelStart);
  for (let i = 0; i < found.length; i++) {
    const section = found[i]!;
    section.end = found[i + 1]?.labelStart ?? text.length;
    const lineEnd = text.indexOf('\n', section.contentStart);
    if (section.lineOnly && lineEnd >= 0) section.end = Math.min(section.end, lineEnd);
    const sentence = spans[indexAt(spans, section.labelStart)];
    if (section.sentenceOnly && sentence) section.end = Math.min(section.end, sentence.end);
  }
  return found;
}
