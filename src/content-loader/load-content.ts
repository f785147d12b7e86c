/**
 * Node side of the content pipeline: finds guide files, parses them through a
 * cache keyed by file content, and checks what only the whole set can show
 * (duplicate slugs). Used by the Vite plugin and by `content:check`.
 *
 * Guarantees: every error of every file is returned together; good guides are
 * returned even when others fail; a cache entry is only reused for the exact
 * same bytes parsed by the exact same parser source.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseGuide } from '../content/parse-guide.ts';
import type { ContentIssue, Guide, ParseResult } from '../content/types.ts';

export interface LoadedGuide {
  file: string;
  guide: Guide;
  warnings: ContentIssue[];
}

export interface ContentLoad {
  guides: LoadedGuide[];
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** How many files were parsed now rather than taken from the cache. */
  parsed: number;
  files: string[];
}

const GUIDE_FILE = /\.(md|markdown)$/i;

/** Expands folders into their guide files (recursively, sorted); files are kept as given. */
export function findGuideFiles(inputs: readonly string[]): { files: string[]; errors: ContentIssue[] } {
  const files: string[] = [];
  const errors: ContentIssue[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      errors.push({ file: input, line: 1, message: 'no such file or folder' });
      continue;
    }
    if (stat.isDirectory()) files.push(...walk(input));
    else files.push(input);
  }
  return { files, errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (GUIDE_FILE.test(entry.name)) out.push(path);
  }
  return out;
}

/** Parse results by content hash, persisted as one JSON file per parser version. */
export class ParseCache {
  private entries = new Map<string, ParseResult>();
  private dirty = false;
  readonly file: string | null;

  constructor(dir: string | null) {
    this.file = dir ? join(dir, `guides-${parserFingerprint()}.json`) : null;
    if (this.file && existsSync(this.file)) {
      try {
        const data = JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, ParseResult>;
        this.entries = new Map(Object.entries(data));
      } catch {
        // A torn or foreign cache file is only a lost speed-up: start empty and rewrite it.
        this.entries = new Map();
      }
    }
  }

  /** The parse of `text` (named `file` in messages); a hit must also carry the same file name. */
  parse(text: string, file: string): { result: ParseResult; hit: boolean } {
    const key = createHash('sha1').update(file).update('\0').update(text).digest('base64url');
    const cached = this.entries.get(key);
    if (cached) return { result: cached, hit: true };
    const result = parseGuide(text, file);
    this.entries.set(key, result);
    this.dirty = true;
    return { result, hit: false };
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.entries)));
      renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      // Read-only or full disk: the next run parses again, nothing else is lost.
    }
  }
}

let fingerprint: string | null = null;

/**
 * Hash of the parser's own source (every .ts file under src/content/, in
 * subfolders too), so editing the parser invalidates every cached parse.
 */
export function parserFingerprint(): string {
  if (fingerprint) return fingerprint;
  const hash = createHash('sha1');
  const dir = fileURLToPath(new URL('../content/', import.meta.url));
  const names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => name.split(sep).join('/'));
  for (const name of names.sort()) {
    if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(dir, name)));
  }
  fingerprint = hash.digest('base64url').slice(0, 16);
  return fingerprint;
}

/** Default cache location: inside node_modules, so it is never committed and `npm ci` clears it. */
export function defaultCacheDir(root: string): string {
  return resolve(root, 'node_modules/.cache/rehearse-content');
}

export interface LoadOptions {
  cache?: ParseCache;
  /** Names files in messages relative to this folder; default: as given. */
  displayRoot?: string;
  /** Reads a file; the Vite plugin passes its own to track dependencies. */
  read?: (file: string) => string;
}

export function loadContent(files: readonly string[], options: LoadOptions = {}): ContentLoad {
  const cache = options.cache ?? new ParseCache(null);
  const read = options.read ?? ((f: string) => readFileSync(f, 'utf8'));
  const name = (f: string) => (options.displayRoot ? relative(options.displayRoot, f) || f : f);
  const guides: LoadedGuide[] = [];
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  let parsed = 0;
  const bySlug = new Map<string, string>();

  for (const path of files) {
    const file = name(path);
    let text: string;
    try {
      text = read(path);
    } catch (error) {
      errors.push({ file, line: 1, message: `could not be read: ${(error as Error).message}` });
      continue;
    }
    const { result, hit } = cache.parse(text, file);
    if (!hit) parsed++;
    warnings.push(...result.warnings);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const other = bySlug.get(result.guide.slug);
    if (other !== undefined) {
      errors.push({ file, line: 1, message: `duplicate slug "${result.guide.slug}": ${other} has the same file name` });
      continue;
    }
    bySlug.set(result.guide.slug, file);
    guides.push({ file, guide: result.guide, warnings: result.warnings });
  }
  cache.save();
  return { guides, errors, warnings, parsed, files: files.map(name) };
}

/**
 * Finds the guide files of `inputs` and loads them: the errors of inputs that
 * do not exist come first, and finding no guide file at all is an error of
 * `name` (what the user gave, for the message).
 */
export function loadGuides(inputs: readonly string[], name: string, options: LoadOptions = {}): ContentLoad {
  const { files, errors } = findGuideFiles(inputs);
  const load = loadContent(files, options);
  load.errors.unshift(...errors);
  if (files.length === 0 && errors.length === 0) {
    load.errors.push({ file: name, line: 1, message: 'no guide files (.md) found' });
  }
  return load;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}
