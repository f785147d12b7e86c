/**
 * Reading an uploaded export. Never throws: anything wrong comes back as
 * sentences naming the record and field (problems.ts). The envelope is
 * checked by transfer/schema.ts; every record is read as storage and tab sync
 * read it (`readRecord`: an older version is brought up to date, a newer one
 * is refused), so an export of this app, old or new, imports exactly when
 * its records would load.
 */
import type { ExportFile } from '../model';
import { KEY_FIELD, type RecordKind } from '../schema';
import { readRecord, VERSIONS, type Versions } from '../versions';
import { describe, fail, isObject, issueMessage, looksTruncated, megabytes, type ParseExportResult } from './problems';
import { EXPORT_FORMAT, EXPORT_RECORD_KINDS, EXPORT_VERSION, exportEnvelopeSchema, MAX_EXPORT_CHARS } from './schema';

export interface ParseContext {
  /** Whether a session with this id is already stored: attempts may then belong to it without it being in the file. */
  hasSession?: (sessionId: string) => boolean;
  /**
   * Whether a question with this id is in the library here (bundled or the user's own): a story may
   * then be linked to it without its guide being in the file. Unchecked when omitted.
   */
  hasQuestion?: (questionId: string) => boolean;
  /** The versions records are read with; the app's by default. */
  versions?: Versions;
}

/**
 * Reads an uploaded export. Never throws: anything wrong comes back as
 * sentences with the path of the field ("attempts[3].ratings.outcome: expected
 * 0–4, got 7"), at most MAX_PROBLEMS of them plus "…and N more". The records
 * of the file it returns are up to date (older versions migrated).
 *
 * An attempt must belong to a session in the file or one already stored
 * (`context.hasSession`); otherwise it would be an answer no screen can reach.
 * A story's links must name questions of the file's guides or of the library
 * (`context.hasQuestion`), so no link points at nothing.
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

  const envelope = exportEnvelopeSchema.safeParse(data);
  const envelopeIssues = envelope.success ? [] : envelope.error.issues;
  const problems = envelopeIssues.filter((i) => i.path[0] !== 'settings').map((i) => issueMessage(i, data));
  const versions = context.versions ?? VERSIONS;
  const records: Record<RecordKind, unknown[]> = {
    sessions: [],
    attempts: [],
    schedules: [],
    plans: [],
    guides: [],
    stories: [],
    recordings: [],
  };
  for (const kind of EXPORT_RECORD_KINDS) {
    const list = data[kind];
    if (!Array.isArray(list)) continue;
    list.forEach((raw: unknown, index) => {
      const result = readRecord(kind, raw, versions);
      if ('ok' in result) records[kind].push(result.ok);
      else problems.push(...recordProblems(kind, index, raw, result, data));
    });
  }
  problems.push(...envelopeIssues.filter((i) => i.path[0] === 'settings').map((i) => issueMessage(i, data)));
  if (!envelope.success || problems.length > 0) return fail(problems);

  const file = { ...envelope.data, ...records } as ExportFile;
  const more = [...duplicateProblems(file), ...orphanProblems(file, context)];
  return more.length > 0 ? fail(more) : { ok: true, file };
}

/** Why one record of the file cannot be read, naming it (`sessions[2]`) and the field. */
function recordProblems(
  kind: RecordKind,
  index: number,
  raw: unknown,
  result: Exclude<ReturnType<typeof readRecord>, { ok: unknown }>,
  root: unknown,
): string[] {
  const at = `${kind}[${index}]`;
  const version = isObject(raw) ? raw.schemaVersion : undefined;
  switch (result.reason) {
    case 'invalid':
      return result.issues.map((issue) => issueMessage(issue, root, [kind, index]));
    case 'not-a-record':
      return [`${at}: expected an object, got ${describe(raw)}`];
    case 'unversioned':
      return version === undefined
        ? [`${at}.schemaVersion: missing (expected a schema version, a whole number from 1)`]
        : [`${at}.schemaVersion: expected a schema version (a whole number from 1), got ${describe(version)}`];
    case 'newer':
      return [
        `${at}.schemaVersion: made by a newer version of Rehearse (schema ${describe(version)}; this one reads up to ${VERSIONS.version}). Update the app (reload the page) and try again.`,
      ];
    case 'no-key':
      return [
        `${at}.${KEY_FIELD[kind]}: cannot be used as a key, got ${describe(isObject(raw) ? raw[KEY_FIELD[kind]] : raw)}`,
      ];
    default:
      return [`${at}: ${result.error}`];
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
  check('guides', file.guides ?? [], 'slug', (g) => g.slug);
  check('stories', file.stories ?? [], 'id', (s) => s.id);
  check('recordings', file.recordings ?? [], 'attemptId', (r) => r.attemptId);
  return problems;
}

function orphanProblems(file: ExportFile, { hasSession, hasQuestion }: ParseContext): string[] {
  const inFile = new Set(file.sessions.map((s) => s.id));
  const problems: string[] = [];
  if (hasQuestion) {
    const questionsInFile = new Set(file.guides.flatMap((g) => g.guide.questions.map((q) => q.id)));
    file.stories.forEach((story, index) => {
      story.questionIds.forEach((id, at) => {
        // A story's own practice question, or a question of a guide in the file or here, is fine.
        if (questionsInFile.has(id) || hasQuestion(id) || id.startsWith('my-stories--')) return;
        problems.push(
          `stories[${index}].questionIds[${at}]: the story ${JSON.stringify(story.title)} is linked to question ${JSON.stringify(id)}, which is neither in the file's guides nor in your library`,
        );
      });
    });
  }
  file.attempts.forEach((a, index) => {
    if (inFile.has(a.sessionId) || hasSession?.(a.sessionId)) return;
    problems.push(
      `attempts[${index}].sessionId: session ${JSON.stringify(a.sessionId)} is neither in the file nor stored here`,
    );
  });
  const attemptsInFile = new Set(file.attempts.map((a) => a.id));
  (file.recordings ?? []).forEach((r, index) => {
    if (attemptsInFile.has(r.attemptId)) return;
    problems.push(
      `recordings[${index}].attemptId: the recording belongs to answer ${JSON.stringify(r.attemptId)}, which is not in the file`,
    );
  });
  return problems;
}
