/**
 * Moving a user's data in and out of the app as files: the ExportFile v1
 * schema, parsing an uploaded export into problems a person can act on,
 * previewing what an import would change, and writing the JSON and Markdown
 * downloads. Pure: no store, no DOM, never throws on bad input.
 *
 * Validation uses zod (v4): an export comes from outside the app (another
 * browser, an old build, a hand edit), so every field is checked, and zod's
 * issues carry exact paths we turn into sentences. zod is widely used, actively
 * maintained, has no dependencies and supports Node 20; it is already in the
 * tree (eslint-plugin-react-hooks uses it), so the install adds no new package
 * versions. Only the `parseExport` path pulls it in (the /data page's chunk).
 */
import { z } from 'zod';

import {
  GRADES,
  NOT_APPLICABLE,
  RECORD_VERSIONS,
  RUBRIC_PARTS,
  type Attempt,
  type ExportFile,
  type GuidePlan,
  type PracticeSession,
  type Rating,
  type Ratings,
  type ReviewSchedule,
} from './model';
import { maxTotalOf, PART_INFO, ratingTotal } from './rubric';
import { isTimestamp, TIMESTAMP_RANGE_TEXT } from './timestamps';

// The built app's CSP has no 'unsafe-eval'. zod's JIT compiles parsers with
// `new Function`, and even its probe for eval (caught, harmless) is reported
// as a CSP violation; jitless parsing is plenty fast for an export file.
z.config({ jitless: true });

export const EXPORT_FORMAT = 'rehearse-export';
export const EXPORT_VERSION = 1;
/** Bigger than any real export (years of daily practice is a few MB); stops a wrong file from freezing the tab. */
export const MAX_EXPORT_CHARS = 50 * 1024 * 1024;
/** How many problems are listed before "and N more". */
export const MAX_PROBLEMS = 20;

// ---------------------------------------------------------------------------
// Schema

const MAX_ID = 200;
const MAX_ANSWER = 100_000;
const MAX_NOTE = 20_000;
const MAX_TERM = 200;
const MAX_LIST = 10_000;

const id = z.string().min(1).max(MAX_ID);
const text = (max: number) => z.string().max(max);
const num = z.number();
const nonNegative = z.number().min(0);
const int = z.number().int();
// A moment, in the range both storage and import accept (a finite number can still be an Invalid Date).
const time = z
  .number()
  .int()
  .refine(isTimestamp, { error: `expected ${TIMESTAMP_RANGE_TEXT}` });
const timeOrNull = time.nullable();
const list = <T extends z.ZodType>(item: T, max = MAX_LIST) => z.array(item).max(max);
const recordVersion = (version: number) => z.literal(version, { error: `expected ${version}` });
/**
 * Attempts of every shape this build can bring up to date (the store migrates
 * them on import, as on load): an export from an older build imports as it is.
 */
const attemptVersions = Array.from({ length: RECORD_VERSIONS.attempts }, (_, i) => i + 1);
const attemptVersion = z.literal(attemptVersions, {
  error: `expected ${attemptVersions.slice(0, -1).join(', ')} or ${RECORD_VERSIONS.attempts}`,
});

const rating = z
  .literal([0, 1, 2, 3, 4, NOT_APPLICABLE] as const satisfies readonly (Rating | typeof NOT_APPLICABLE)[], {
    error: `expected 0–4 or "${NOT_APPLICABLE}" (doesn't apply)`,
  })
  .nullable();
const ratings = z
  .object({
    context: rating,
    approach: rating,
    example: rating,
    outcome: rating,
  })
  .refine((r) => RUBRIC_PARTS.some((part) => r[part] !== NOT_APPLICABLE), {
    error: `every part is "${NOT_APPLICABLE}" (doesn't apply); at least one must apply`,
  }) satisfies z.ZodType<Ratings>;
const grade = z.enum(GRADES);
const rubricPart = z.enum(RUBRIC_PARTS);
const timeLimit = z.literal([0, 60, 120, 180], { error: 'expected 0, 60, 120 or 180 (seconds)' });
const thinkTime = z.literal([0, 10, 30], { error: 'expected 0, 10 or 30 (seconds)' });

const sessionSettings = z.object({
  guideSlugs: list(id, 1000),
  categories: list(text(MAX_ID), 1000),
  count: z.number().int().min(0).max(MAX_LIST),
  order: z.enum(['guide', 'shuffled', 'weakest', 'due']),
  timeLimitSec: timeLimit,
  thinkTimeSec: thinkTime,
  input: z.enum(['type', 'voice']),
});

const session = z
  .object({
    schemaVersion: recordVersion(RECORD_VERSIONS.sessions),
    id,
    createdAt: time,
    updatedAt: time,
    settings: sessionSettings,
    questionIds: list(id),
    currentIndex: z.number().int().min(0),
    status: z.enum(['active', 'completed', 'abandoned']),
    pausedAt: timeOrNull,
    completedAt: timeOrNull,
  })
  .refine((s) => s.currentIndex < Math.max(1, s.questionIds.length), {
    path: ['currentIndex'],
    error: 'points past the last question',
  });

const hints = z
  .object({
    partsDetected: list(rubricPart, RUBRIC_PARTS.length),
    termsUsed: list(text(MAX_TERM), 1000),
    termsMissed: list(text(MAX_TERM), 1000),
  })
  .nullable();

const attempt = z.object({
  schemaVersion: attemptVersion,
  id,
  sessionId: id,
  questionId: id,
  guideSlug: id,
  answer: text(MAX_ANSWER),
  source: z.enum(['typed', 'dictated', 'mixed']),
  startedAt: time,
  submittedAt: time,
  durationMs: nonNegative,
  timeLimitSec: timeLimit,
  overtimeSec: nonNegative,
  skipped: z.boolean(),
  ratings,
  practicesCovered: list(z.number().int().min(0), 1000),
  pitfallsHit: list(z.number().int().min(0), 1000),
  hints,
  grade: grade.nullable(),
  gradeOverridden: z.boolean(),
  note: text(MAX_NOTE),
  ratedAt: timeOrNull,
});

const reviewCard = z.object({
  due: time,
  stability: num,
  difficulty: num,
  elapsedDays: num,
  scheduledDays: num,
  learningSteps: int,
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.literal([0, 1, 2, 3], { error: 'expected 0–3 (New, Learning, Review, Relearning)' }),
  lastReview: timeOrNull,
});

const schedule = z.object({
  schemaVersion: recordVersion(RECORD_VERSIONS.schedules),
  questionId: id,
  guideSlug: id,
  card: reviewCard,
  log: list(
    z.object({
      attemptId: id,
      grade,
      reviewedAt: time,
      before: reviewCard.nullable(),
    }),
  ),
  updatedAt: time,
});

const plan = z.object({
  schemaVersion: recordVersion(RECORD_VERSIONS.plans),
  guideSlug: id,
  interviewDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { error: 'is not a real date' })
    .nullable(),
  updatedAt: time,
});

const settings = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  lastSetup: sessionSettings.nullable(),
});

/** ExportFile v1, every field. Unknown keys are dropped, so nothing unchecked reaches the store. */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z
    .string()
    .max(64)
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'expected a date and time' }),
  sessions: z.array(session),
  attempts: z.array(attempt),
  schedules: z.array(schedule),
  plans: z.array(plan),
  settings,
});

// What the schema accepts is an ExportFile (it is stricter: record versions and
// card states are exact), so a model change that the schema misses fails here.
type Parsed = z.infer<typeof exportFileSchema>;
const _toModel = (x: Parsed): ExportFile => x;
void _toModel;

// ---------------------------------------------------------------------------
// Parsing

export type ParseExportResult = { ok: true; file: ExportFile } | { ok: false; problems: string[] };

export interface ParseContext {
  /** Whether a session with this id is already stored: attempts may then belong to it without it being in the file. */
  hasSession?: (sessionId: string) => boolean;
}

/**
 * Reads an uploaded export. Never throws: anything wrong comes back as
 * sentences with the path of the field ("attempts[3].ratings.outcome: expected
 * 0–4, got 7"), at most MAX_PROBLEMS of them plus "…and N more".
 *
 * An attempt must belong to a session in the file or one already stored
 * (`context.hasSession`); otherwise it would be an answer no screen can reach.
 */
export function parseExport(text: string, context: ParseContext = {}): ParseExportResult {
  try {
    return parseUnsafe(text, context);
  } catch (error) {
    // Defensive: nothing above should throw, but the contract is "never throws".
    return fail([`The file could not be read (${error instanceof Error ? error.message : String(error)}).`]);
  }
}

function parseUnsafe(text: string, context: ParseContext): ParseExportResult {
  if (text.length > MAX_EXPORT_CHARS) {
    return fail([
      `The file is too large (${megabytes(text.length)} MB); a Rehearse export is at most ${megabytes(MAX_EXPORT_CHARS)} MB.`,
    ]);
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(['The file is empty.']);

  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    if (looksTruncated(body)) {
      return fail([
        'The file is cut off: the JSON ends before it is complete. The download or copy may have been interrupted — export again from the original browser.',
      ]);
    }
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return fail([`This file isn't valid JSON, so it can't be a Rehearse export${detail}.`]);
  }

  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    return fail([`This isn't a Rehearse export: it has no "format": "${EXPORT_FORMAT}" field.`]);
  }
  const version = data.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    return fail([
      `This export was made by a newer version of Rehearse (format version ${version}); this one reads version ${EXPORT_VERSION}. Update the app (reload the page) and try again.`,
    ]);
  }
  if (version !== EXPORT_VERSION) {
    return fail([`version: expected ${EXPORT_VERSION}, got ${describe(version)}.`]);
  }

  const result = exportFileSchema.safeParse(data);
  if (!result.success) {
    return fail(result.error.issues.map((issue) => issueMessage(issue, data)));
  }
  const file = result.data;
  const problems = [...duplicateProblems(file), ...orphanProblems(file, context)];
  return problems.length > 0 ? fail(problems) : { ok: true, file };
}

function fail(problems: string[]): ParseExportResult {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  const rest = problems.length - MAX_PROBLEMS;
  return {
    ok: false,
    problems: [...problems.slice(0, MAX_PROBLEMS), `…and ${rest} more ${rest === 1 ? 'problem' : 'problems'}.`],
  };
}

const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(chars < 1024 * 1024 ? 2 : 0);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** True when the text ends inside a string or with brackets still open: JSON cut short rather than malformed. */
function looksTruncated(text: string): boolean {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return false;
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') stack.push(c);
    else if (c === '}' || c === ']') {
      const open = stack.pop();
      // A mismatched bracket is a malformed file, not a short one.
      if ((c === '}' && open !== '{') || (c === ']' && open !== '[')) return false;
      if (stack.length === 0 && text.slice(i + 1).trim() !== '') return false;
    }
  }
  return inString || stack.length > 0;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(the file)';
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isObject(value) && typeof key === 'string') value = value[key];
    else return undefined;
  }
  return value;
}

/** A short, safe rendering of a bad value for a message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    if (value === '') return 'an empty text';
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function oneOf(values: string[]): string {
  if (values.length <= 1) return values.join('');
  return `one of ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(issue.path);
  const value = valueAt(root, issue.path);
  const got = `, got ${describe(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return `${where}: missing (expected ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `${where}: expected ${TYPE_NAMES[issue.expected] ?? issue.expected}${got}`;
    case 'invalid_value':
      // Our own messages ("expected 0–4") for numeric enums; the list otherwise.
      if (issue.message.startsWith('expected')) return `${where}: ${issue.message}${got}`;
      return `${where}: expected ${oneOf(issue.values.map((v) => JSON.stringify(v)))}${got}`;
    case 'too_small':
      if (issue.origin === 'string') return `${where}: must not be empty`;
      if (issue.origin === 'array') return `${where}: needs at least ${String(issue.minimum)} items`;
      return `${where}: expected at least ${String(issue.minimum)}${got}`;
    case 'too_big':
      if (issue.origin === 'string') {
        return `${where}: longer than the ${String(issue.maximum)} characters allowed (${typeof value === 'string' ? value.length : '?'})`;
      }
      if (issue.origin === 'array') {
        return `${where}: more than the ${String(issue.maximum)} items allowed (${Array.isArray(value) ? value.length : '?'})`;
      }
      return `${where}: expected at most ${String(issue.maximum)}${got}`;
    case 'invalid_format':
      return `${where}: ${issue.message}${got}`;
    case 'custom':
      return `${where}: ${issue.message}${got}`;
    default:
      return `${where}: ${issue.message}`;
  }
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, index) => {
    const k = key(item);
    seen.set(k, [...(seen.get(k) ?? []), index]);
  });
  return new Map([...seen].filter(([, indices]) => indices.length > 1));
}

function duplicateProblems(file: ExportFile): string[] {
  const problems: string[] = [];
  const check = <T>(name: string, items: readonly T[], field: string, key: (item: T) => string) => {
    for (const [value, indices] of duplicates(items, key)) {
      const where = indices.map((i) => `${name}[${i}]`).join(', ');
      problems.push(`${where}: the same ${field} ${JSON.stringify(value)} appears ${indices.length} times`);
    }
  };
  check('sessions', file.sessions, 'id', (s) => s.id);
  check('attempts', file.attempts, 'id', (a) => a.id);
  check('schedules', file.schedules, 'questionId', (s) => s.questionId);
  check('plans', file.plans, 'guideSlug', (p) => p.guideSlug);
  return problems;
}

function orphanProblems(file: ExportFile, { hasSession }: ParseContext): string[] {
  const inFile = new Set(file.sessions.map((s) => s.id));
  const problems: string[] = [];
  file.attempts.forEach((a, index) => {
    if (inFile.has(a.sessionId) || hasSession?.(a.sessionId)) return;
    problems.push(
      `attempts[${index}].sessionId: session ${JSON.stringify(a.sessionId)} is neither in the file nor stored here`,
    );
  });
  return problems;
}

// ---------------------------------------------------------------------------
// Import preview

export interface RecordCounts {
  sessions: number;
  attempts: number;
  schedules: number;
  plans: number;
}

export interface ImportPlan {
  add: RecordCounts;
  update: RecordCounts;
  unchanged: RecordCounts;
}

export interface StoredRecords {
  sessions: Readonly<Record<string, PracticeSession>>;
  attempts: Readonly<Record<string, Attempt>>;
  /** By question id. */
  schedules: Readonly<Record<string, ReviewSchedule>>;
  /** By guide slug. */
  plans: Readonly<Record<string, GuidePlan>>;
}

/** When an attempt last changed: rating comes after submitting. */
export const attemptChangedAt = (a: Attempt) => Math.max(a.submittedAt, a.ratedAt ?? 0);

/**
 * What importing `file` into `current` would do, merging by id: a record not
 * stored is added; one stored is replaced only when the incoming one is newer
 * (sessions, schedules and plans by `updatedAt`, attempts by `ratedAt` or else
 * `submittedAt`); otherwise it is left as is.
 */
export function planImport(current: StoredRecords, file: ExportFile): ImportPlan {
  const plan: ImportPlan = {
    add: { sessions: 0, attempts: 0, schedules: 0, plans: 0 },
    update: { sessions: 0, attempts: 0, schedules: 0, plans: 0 },
    unchanged: { sessions: 0, attempts: 0, schedules: 0, plans: 0 },
  };
  const tally = <T>(
    kind: keyof RecordCounts,
    incoming: readonly T[],
    stored: Readonly<Record<string, T>>,
    key: (item: T) => string,
    changedAt: (item: T) => number,
  ) => {
    for (const item of incoming) {
      const existing = Object.hasOwn(stored, key(item)) ? stored[key(item)] : undefined;
      if (existing === undefined) plan.add[kind]++;
      else if (changedAt(item) > changedAt(existing)) plan.update[kind]++;
      else plan.unchanged[kind]++;
    }
  };
  tally(
    'sessions',
    file.sessions,
    current.sessions,
    (s) => s.id,
    (s) => s.updatedAt,
  );
  tally('attempts', file.attempts, current.attempts, (a) => a.id, attemptChangedAt);
  tally(
    'schedules',
    file.schedules,
    current.schedules,
    (s) => s.questionId,
    (s) => s.updatedAt,
  );
  tally(
    'plans',
    file.plans,
    current.plans,
    (p) => p.guideSlug,
    (p) => p.updatedAt,
  );
  return plan;
}

// ---------------------------------------------------------------------------
// Writing

const TOP_LEVEL_ORDER: readonly (keyof ExportFile)[] = [
  'format',
  'version',
  'exportedAt',
  'settings',
  'sessions',
  'attempts',
  'schedules',
  'plans',
  // Absent (and so not written) when nothing was set aside.
  'setAside',
];

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
  return sorted;
}

/**
 * The export as pretty JSON with a stable key order (the header first, then
 * every object's keys alphabetically), so two exports of the same data are
 * byte-identical and diff cleanly.
 */
export function exportJson(file: ExportFile): string {
  const ordered: Record<string, unknown> = {};
  for (const key of TOP_LEVEL_ORDER) ordered[key] = sortKeys(file[key]);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

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
    `Exported ${isoDay(Date.parse(file.exportedAt))} · ${answered.length} ${answered.length === 1 ? 'answer' : 'answers'}. For each question: your latest answer and your best-scored one.`,
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
      const meta = [
        info ? inline(info.category) : null,
        `${attempts.length} ${attempts.length === 1 ? 'attempt' : 'attempts'}`,
      ];
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
