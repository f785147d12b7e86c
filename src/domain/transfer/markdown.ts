/**
 * The Markdown download: your answers as a readable document. User text is
 * quoted so that it cannot change the document around it, and links or
 * images to anything but http(s) or mailto stay as text. Pure.
 */
import { plural } from '@/lib/format';

import { type Attempt, type ExportFile, NOT_APPLICABLE, type Ratings, RUBRIC_PARTS } from '../model';
import { maxTotalOf, PART_INFO, ratingTotal } from '../rubric';

export interface QuestionInfo {
  text: string;
  guideTitle: string;
  category: string;
}

/** Markdown-safe inline text: one line, no raw HTML, no emphasis or link syntax taking over. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** Link and image targets the export keeps live; any other scheme (`javascript:`, `vbscript:`, `data:`, …) is not. */
const SAFE_URL_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Whether a link destination as written is safe to leave live. Backslashes
 * and angle brackets are ignored when looking for the scheme (the escaping
 * above may have added them); an empty destination counts as unsafe, since
 * CommonMark lets the real one follow on the next line.
 */
function isSafeDestination(raw: string): boolean {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\\<>\u0000-\u0020\u007f]/g, '');
  if (url === '') return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return !scheme || SAFE_URL_SCHEMES.has(scheme[1]!.toLowerCase());
}

/**
 * Breaks every link, image and link reference definition whose target is not
 * safe by escaping the `]` that closes its text (`[text](javascript:…)` →
 * `[text\](javascript:…)`): the link text stays as plain text. Works per line
 * on text whose backslashes are already escaped.
 */
function neutraliseUnsafeLinks(line: string): string {
  return line.replace(/\](\(|:)([ \t]*)([^\s()]*)/g, (match, open: string, space: string, url: string) =>
    isSafeDestination(url) ? match : `\\]${open}${space}${url}`,
  );
}

/**
 * User text as a blockquote that cannot change the document around it: every
 * line is quoted, raw HTML is escaped (`\<script>` shows as text), a line
 * that would start a heading, list, quote, rule, table or code fence inside the
 * quote has that marker escaped, and a link or image to anything but http(s)
 * or mailto (`javascript:`, `data:`, …) stays as text.
 */
export function quoteBlock(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines
    .map((line) => {
      let safe = line
        .replace(/\t/g, '    ')
        .replace(/[\\<&]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([#>=+\-*_`~|])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2');
      safe = neutraliseUnsafeLinks(safe);
      // Leading spaces go: four of them would make an indented code block.
      return safe.trim() === '' ? '>' : `> ${safe.trim()}`;
    })
    .join('\n');
}

// A bad stamp that slipped past the checks must not fail the whole export ("Invalid time value").
const isoOf = (ms: number) => (Number.isNaN(new Date(ms).getTime()) ? null : new Date(ms).toISOString());
const isoDay = (ms: number) => isoOf(ms)?.slice(0, 10) ?? 'unknown date';
const isoMinute = (ms: number) => {
  const iso = isoOf(ms);
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : 'unknown date';
};

function describeRating(rating: Ratings[keyof Ratings]): string {
  if (rating === null) return '–';
  if (rating === NOT_APPLICABLE) return 'n/a';
  return `${rating}/4`;
}

/** "Context n/a · Approach 3/4 · … — total 6/8 (75%)": parts that don't apply are left out of the total. */
function describeScores(r: Ratings): string {
  const parts = RUBRIC_PARTS.map((p) => `${PART_INFO[p].label} ${describeRating(r[p])}`);
  const total = ratingTotal(r);
  const max = maxTotalOf(r);
  const summary = total === null ? 'not fully rated' : `total ${total}/${max} (${Math.round((total / max) * 100)}%)`;
  return `${parts.join(' · ')} — ${summary}`;
}

function attemptSection(label: string, a: Attempt): string {
  const gradeText = a.grade ? `${a.grade[0]!.toUpperCase()}${a.grade.slice(1)}` : 'not graded';
  const lines = [
    `**${label}** — ${isoMinute(a.submittedAt)}`,
    '',
    `- Scores: ${describeScores(a.ratings)}`,
    `- Grade: ${gradeText}${a.gradeOverridden ? ' (set by you)' : ''}`,
    '',
    a.answer.trim() === '' ? '> *(no answer written)*' : quoteBlock(a.answer),
  ];
  if (a.note.trim() !== '') lines.push('', 'Your note:', '', quoteBlock(a.note));
  return lines.join('\n');
}

/**
 * The answer with the highest share of its possible total (answers may count
 * different parts); ties go to the later one. Null when none is fully rated.
 */
function bestOf(attempts: readonly Attempt[]): Attempt | null {
  let best: Attempt | null = null;
  let bestShare = -1;
  for (const a of attempts) {
    const total = ratingTotal(a.ratings);
    if (total === null) continue;
    const share = total / maxTotalOf(a.ratings);
    if (share > bestShare || (share === bestShare && best && a.submittedAt >= best.submittedAt)) {
      best = a;
      bestShare = share;
    }
  }
  return best;
}

/**
 * Your answers as a readable document: per guide, per question, the latest
 * and the best attempt (answer quoted, scores per part, grade, date). Skipped
 * attempts are left out. Questions `questionInfo` doesn't know (removed from
 * the bank) are listed by id under their guide slug.
 */
export function exportMarkdown(file: ExportFile, questionInfo: (id: string) => QuestionInfo | undefined): string {
  const answered = file.attempts.filter((a) => !a.skipped);
  const byGuide = new Map<string, { title: string; questions: Map<string, Attempt[]> }>();
  for (const a of answered) {
    const info = questionInfo(a.questionId);
    const title = info?.guideTitle ?? a.guideSlug;
    let guide = byGuide.get(a.guideSlug);
    if (!guide) {
      guide = { title, questions: new Map() };
      byGuide.set(a.guideSlug, guide);
    }
    guide.questions.set(a.questionId, [...(guide.questions.get(a.questionId) ?? []), a]);
  }

  const out: string[] = [
    '# Your Rehearse answers',
    '',
    `Exported ${isoDay(Date.parse(file.exportedAt))} · ${plural(answered.length, 'answer')}. For each question: your latest answer and your best-scored one.`,
  ];
  if (answered.length === 0) out.push('', 'No answers yet.');

  const guides = [...byGuide.values()].sort((a, b) => a.title.localeCompare(b.title));
  for (const guide of guides) {
    out.push('', `## ${inline(guide.title)}`);
    const questions = [...guide.questions.entries()]
      .map(([questionId, attempts]) => ({
        questionId,
        info: questionInfo(questionId),
        attempts: [...attempts].sort((a, b) => a.submittedAt - b.submittedAt),
      }))
      // Known questions by category, then those no longer in the bank; each in the order first answered.
      .sort(
        (a, b) =>
          Number(!a.info) - Number(!b.info) ||
          (a.info?.category ?? '').localeCompare(b.info?.category ?? '') ||
          a.attempts[0]!.submittedAt - b.attempts[0]!.submittedAt,
      );
    for (const { questionId, info, attempts } of questions) {
      const heading = info
        ? inline(info.text)
        : `Question \`${questionId.replace(/`/g, '')}\` (no longer in the guides)`;
      out.push('', `### ${heading}`, '');
      const meta = [info ? inline(info.category) : null, plural(attempts.length, 'attempt')];
      out.push(`*${meta.filter(Boolean).join(' · ')}*`, '');
      const latest = attempts[attempts.length - 1]!;
      const best = bestOf(attempts);
      if (!best || best.id === latest.id) {
        out.push(attemptSection(best ? 'Latest and best' : 'Latest', latest));
      } else {
        out.push(attemptSection('Latest', latest), '', attemptSection('Best', best));
      }
    }
  }
  return `${out.join('\n')}\n`;
}
