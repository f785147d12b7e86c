/**
 * A pasted list of questions into question texts: one a line, bullets and
 * numbering taken off ("1.", "-", "•", "Q1:"), blank lines and headings
 * ("Interview questions:") skipped, repeats dropped. Pure, for the paste box.
 */
import { normaliseQuestionText } from '@/content/ids';

/** A list marker at the start of a line: bullets, "1." "1)" "(1)" "Q1:" "Q1." "Question 1:", a checkbox. */
const MARKER =
  /^(?:[•·‣◦▪●○]\s*|[-*–—>+]+\s+|\(?\d{1,3}[.):](?:\s+|$)|\(?[a-z][.)]\s+|q(?:uestion)?\s*\d{1,3}\s*[:.)-]\s*|\[[ xX]?\]\s+)/iu;

/** The line's text without list markers, markdown emphasis or heading hashes. */
export function stripMarker(line: string): string {
  let text = line.trim().replace(/^#{1,6}\s+/, '');
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(MARKER, '').trim();
  }
  // **Question?** or _Question?_ as a whole line: the emphasis is formatting, not part of the question.
  const emphasised = /^(\*\*|__|\*|_)(.+)\1$/.exec(text);
  return (emphasised ? emphasised[2]! : text).trim();
}

/** A line that labels what follows rather than asking: ends with ':' and asks nothing. */
export function isHeading(text: string): boolean {
  return text.endsWith(':') && !text.includes('?');
}

/** The question texts in a pasted list, in order, each once. */
export function parseQuestionLines(pasted: string): string[] {
  const seen = new Set<string>();
  const questions: string[] = [];
  for (const line of pasted.split(/\r\n|\r|\n/)) {
    const text = stripMarker(line).replace(/\s+/g, ' ');
    const normal = normaliseQuestionText(text);
    if (!normal || isHeading(text) || seen.has(normal)) continue;
    seen.add(normal);
    questions.push(text);
  }
  return questions;
}

export interface PastePlan {
  /** The questions to add, in pasted order. */
  add: string[];
  /** Pasted questions the guide already has. */
  already: string[];
}

/** What a paste would do to a guide holding `existing` question texts. */
export function planPaste(pasted: string, existing: readonly string[]): PastePlan {
  const have = new Set(existing.map(normaliseQuestionText));
  const plan: PastePlan = { add: [], already: [] };
  for (const text of parseQuestionLines(pasted))
    (have.has(normaliseQuestionText(text)) ? plan.already : plan.add).push(text);
  return plan;
}
