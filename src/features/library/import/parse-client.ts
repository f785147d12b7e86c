/**
 * Parses guide files the user brings (file picker, drop, paste) with the
 * build's parser, in a module worker so the page stays responsive. Each file's
 * size is checked before it is read, texts go to the worker in batches, and
 * the results come back in input order. Without `Worker` (jsdom) or when the
 * worker cannot start, the files are parsed on the main thread by a lazily
 * imported chunk, yielding between files (without key terms: see key-terms.ts).
 *
 * This module itself is small: the parser (remark, yaml) is only in the
 * worker's bundle and in the fallback's lazy chunk.
 */
import { checkGuideFile, hasGuideExtension, type ParsedGuideFile } from '@/domain/guide-import';
import { nextTask } from '@/lib/idle';

import type { ParseReply, ParseRequest, TextFile } from './protocol.ts';

/** A file to import: anything with a name, a size and a way to read its text (a `File` is one). */
export interface GuideFileSource {
  name: string;
  size: number;
  read: () => Promise<string>;
}

export interface ParseGuideFilesOptions {
  /** After each file: how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops the worker and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** A batch goes to the worker once it holds this many files or this many characters. */
const BATCH_FILES = 8;
const BATCH_CHARS = 512 * 1024;

export async function parseGuideFiles(
  files: readonly (GuideFileSource | File)[],
  { onProgress, signal }: ParseGuideFilesOptions = {},
): Promise<ParsedGuideFile[]> {
  signal?.throwIfAborted();
  const total = files.length;
  const results: (ParsedGuideFile | undefined)[] = new Array(total);
  let done = 0;
  const settle = (index: number, file: ParsedGuideFile) => {
    if (results[index]) return;
    results[index] = file;
    done++;
    onProgress?.(done, total);
  };

  const parser = startParser(settle, signal);
  try {
    let batch: { index: number; file: TextFile }[] = [];
    let chars = 0;
    const flush = () => {
      if (batch.length > 0) parser.send(batch);
      batch = [];
      chars = 0;
    };
    for (const [index, source] of files.entries()) {
      signal?.throwIfAborted();
      const { name, size } = source;
      // Size and name first: a 50 MB file is refused without reading it.
      const problem = checkGuideFile({ name, size });
      if (problem) {
        settle(index, { name, size, status: 'refused', problem });
        continue;
      }
      let text: string;
      try {
        text = await ('read' in source ? source.read() : readFile(source));
      } catch (error) {
        const reason = error instanceof Error ? `: ${error.message}` : '';
        const message = `“${name}” could not be read${reason}`;
        settle(index, { name, size, status: 'refused', problem: { code: 'unreadable', message } });
        continue;
      }
      batch.push({ index, file: { name, size, text } });
      chars += text.length;
      if (batch.length >= BATCH_FILES || chars >= BATCH_CHARS) flush();
    }
    flush();
    await parser.finished();
  } finally {
    parser.stop();
  }
  signal?.throwIfAborted();
  return results as ParsedGuideFile[];
}

/** Parses pasted text as a guide named `name` (".md" is added when it has no guide extension). */
export async function parseGuideText(text: string, name: string): Promise<ParsedGuideFile> {
  const file = hasGuideExtension(name) ? name : `${name}.md`;
  const size = new TextEncoder().encode(text).length;
  const [result] = await parseGuideFiles([{ name: file, size, read: () => Promise.resolve(text) }]);
  return result!;
}

interface Parser {
  send(batch: { index: number; file: TextFile }[]): void;
  /** Resolves once every file sent has a result. */
  finished(): Promise<void>;
  stop(): void;
}

type Settle = (index: number, file: ParsedGuideFile) => void;

/** The worker when the browser has one, else (or once it fails to start) the main thread. */
function startParser(settle: Settle, signal: AbortSignal | undefined): Parser {
  /** Files sent and not yet parsed, by index. */
  const waiting = new Map<number, TextFile>();
  let worker: Worker | null = null;
  let onMainThread = false;
  let draining: Promise<void> | null = null;
  let failure: { error: unknown } | null = null;
  let wake: (() => void) | null = null;
  let fail: ((error: unknown) => void) | null = null;

  const check = () => {
    if (waiting.size === 0) wake?.();
  };
  const failWith = (error: unknown) => {
    failure ??= { error };
    fail?.(error);
  };
  const drain = () => {
    draining ??= (async () => {
      const { parseGuideFile } = await import('./parse-one.ts');
      while (waiting.size > 0 && !signal?.aborted) {
        const index = Math.min(...waiting.keys());
        const file = waiting.get(index)!;
        waiting.delete(index);
        settle(index, parseGuideFile(file));
        await yieldToMain();
      }
    })().then(() => {
      draining = null;
      // Files sent while the loop was finishing.
      if (waiting.size > 0 && !signal?.aborted) drain();
      else check();
    }, failWith);
  };
  const toMainThread = () => {
    onMainThread = true;
    worker?.terminate();
    worker = null;
    drain();
  };

  if (typeof Worker === 'undefined') {
    onMainThread = true;
  } else {
    try {
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'guide-parser' });
      worker.onmessage = (event: MessageEvent<ParseReply>) => {
        const { index, file } = event.data;
        if (!waiting.delete(index)) return;
        settle(index, file);
        check();
      };
      // A worker that cannot load (no module workers, a broken cache): parse the rest here.
      worker.onerror = (event) => {
        event.preventDefault();
        toMainThread();
      };
    } catch {
      onMainThread = true;
    }
  }
  const onAbort = () => {
    worker?.terminate();
    worker = null;
    failWith(signal?.reason);
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  return {
    send(batch) {
      for (const { index, file } of batch) waiting.set(index, file);
      if (onMainThread || !worker) drain();
      else worker.postMessage({ files: batch.map(({ index, file }) => ({ index, ...file })) } satisfies ParseRequest);
    },
    finished() {
      return new Promise<void>((resolve, reject) => {
        wake = resolve;
        fail = reject;
        if (failure) reject(failure.error);
        else check();
      });
    },
    stop() {
      signal?.removeEventListener('abort', onAbort);
      worker?.terminate();
      worker = null;
    },
  };
}

/** A file's text (FileReader where `File.text` is missing, as in jsdom). */
export function readFile(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/**
 * Lets the page paint and handle input between two files parsed on the main thread: a task of its own, which
 * unlike a `setTimeout(0)` is not held back 4 ms once timeouts nest (every file after the fifth).
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => nextTask(resolve));
}
