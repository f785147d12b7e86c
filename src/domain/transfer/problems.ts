/**
 * How an import's problems read: each a sentence with the path of the field
 * ("attempts[3].ratings.outcome: expected 0–4 or "na" (doesn't apply), got
 * 7"), at most MAX_PROBLEMS of them plus "…and N more". Pure, never throws.
 */
import { plural } from '@/lib/format';

import type { ExportFile } from '../model';
import { isPlainObject as isObject, type SchemaIssue } from '../schema';

/** How many problems are listed before "and N more". */
export const MAX_PROBLEMS = 20;

export type ParseExportResult = { ok: true; file: ExportFile } | { ok: false; problems: string[] };

export { isPlainObject as isObject } from '../schema';

export function fail(problems: string[]): ParseExportResult {
  if (problems.length <= MAX_PROBLEMS) return { ok: false, problems };
  const rest = problems.length - MAX_PROBLEMS;
  return {
    ok: false,
    problems: [...problems.slice(0, MAX_PROBLEMS), `…and ${plural(rest, 'more problem')}.`],
  };
}

export const megabytes = (chars: number) => (chars / (1024 * 1024)).toFixed(chars < 1024 * 1024 ? 2 : 0);

/** True when the text ends inside a string or with brackets still open: JSON cut short rather than malformed. */
export function looksTruncated(text: string): boolean {
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

export function formatPath(path: readonly PropertyKey[]): string {
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
export function describe(value: unknown): string {
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

export function issueMessage(issue: SchemaIssue, root: unknown, at: readonly PropertyKey[] = []): string {
  const path = [...at, ...issue.path];
  const where = formatPath(path);
  const value = valueAt(root, path);
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
