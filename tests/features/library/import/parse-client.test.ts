import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';

import { withKeyTerms } from '@/features/library/import/key-terms';
import { parseGuideFiles, parseGuideText, type GuideFileSource } from '@/features/library/import/parse-client';
import { answer } from '@/features/library/import/parse-one';
import type { ParseReply, ParseRequest } from '@/features/library/import/protocol';

const fixtures = import.meta.glob<string>('../../../fixtures/guide-import/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
function fixture(name: string): string {
  const text = fixtures[`../../../fixtures/guide-import/${name}`];
  if (text === undefined) throw new Error(`no fixture ${name}`);
  return text;
}

function source(name: string, text = fixture(name)): GuideFileSource & { read: Mock<() => Promise<string>> } {
  return { name, size: new TextEncoder().encode(text).length, read: vi.fn(() => Promise.resolve(text)) };
}

function statuses(results: Awaited<ReturnType<typeof parseGuideFiles>>) {
  return results.map((r) => (r.status === 'refused' ? r.problem.code : r.result.ok ? 'ok' : 'errors'));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseGuideFiles without a worker (jsdom)', () => {
  it('has no Worker here, so it parses on the main thread', () => {
    expect(typeof Worker).toBe('undefined');
  });

  it('parses each file with the build’s parser and returns the results in input order', async () => {
    const progress: [number, number][] = [];
    const results = await parseGuideFiles(
      [source('harbour-pilot.md'), source('broken-yaml.md'), source('tide-planner.txt')],
      { onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(results.map((r) => r.name)).toEqual(['harbour-pilot.md', 'broken-yaml.md', 'tide-planner.txt']);
    expect(statuses(results)).toEqual(['ok', 'errors', 'ok']);
    const [pilot, broken, tide] = results;
    if (pilot?.status === 'parsed' && pilot.result.ok) {
      expect(pilot.result.guide.questions).toHaveLength(5);
      // The fallback leaves key terms to the worker (src/features/library/import/key-terms.ts).
      expect(pilot.result.guide.questions.every((q) => q.keyTerms.length === 0)).toBe(true);
    }
    if (broken?.status === 'parsed' && !broken.result.ok) {
      expect(broken.result.errors[0]).toMatchObject({ file: 'broken-yaml.md', line: 5 });
    }
    // A .txt file is parsed as Markdown (slug without "-txt"), its issues still name the file as given.
    if (tide?.status === 'parsed' && tide.result.ok) {
      expect(tide.result.guide.slug).toBe('tide-planner');
      expect(tide.result.warnings[0]?.file).toBe('tide-planner.txt');
    }
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('refuses a 50 MB file without reading it, and a file with the wrong name', async () => {
    const huge = { name: 'huge.md', size: 50 * 1024 * 1024, read: vi.fn(() => Promise.resolve('')) };
    const pdf = { name: 'cv.pdf', size: 2000, read: vi.fn(() => Promise.resolve('%PDF')) };
    const results = await parseGuideFiles([huge, source('harbour-pilot.md'), pdf]);
    expect(statuses(results)).toEqual(['too-large', 'ok', 'not-markdown']);
    expect(huge.read).not.toHaveBeenCalled();
    expect(pdf.read).not.toHaveBeenCalled();
  });

  it('refuses what the text shows is no guide: empty, JSON, binary', async () => {
    const results = await parseGuideFiles([
      source('blank.md', '\n\n'),
      source('backup.md', '{"sessions": []}'),
      source('image.md', 'GIF89a\u0000\u0001'),
    ]);
    expect(statuses(results)).toEqual(['empty', 'json', 'binary']);
  });

  it('refuses a file that cannot be read, and parses the others', async () => {
    const gone = { name: 'gone.md', size: 10, read: () => Promise.reject(new Error('NotReadableError')) };
    const results = await parseGuideFiles([gone, source('harbour-pilot.md')]);
    expect(statuses(results)).toEqual(['unreadable', 'ok']);
    expect(results[0]?.status === 'refused' && results[0].problem.message).toBe(
      '“gone.md” could not be read: NotReadableError',
    );
  });

  it('reads File objects', async () => {
    const file = new File([fixture('harbour-pilot.md')], 'harbour-pilot.md', { type: 'text/markdown' });
    const [result] = await parseGuideFiles([file]);
    expect(result?.status === 'parsed' && result.result.ok).toBe(true);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const first = source('harbour-pilot.md');
    first.read.mockImplementation(() => {
      controller.abort(new DOMException('The user cancelled', 'AbortError'));
      return Promise.resolve(fixture('harbour-pilot.md'));
    });
    await expect(parseGuideFiles([first, source('tide-planner.txt')], { signal: controller.signal })).rejects.toThrow(
      'The user cancelled',
    );
  });
});

describe('parseGuideText', () => {
  it('parses pasted text, naming it .md when the name has no extension', async () => {
    const result = await parseGuideText(fixture('harbour-pilot.md'), 'Harbour pilot');
    expect(result.name).toBe('Harbour pilot.md');
    expect(result.status === 'parsed' && result.result.ok && result.result.guide.slug).toBe('harbour-pilot');
  });

  it('refuses empty paste', async () => {
    const result = await parseGuideText('   ', 'pasted');
    expect(result.status === 'refused' && result.problem.code).toBe('empty');
  });
});

/** A stand-in for the module worker: answers each request as parse-worker.ts does, asynchronously. */
class FakeWorker {
  static created: FakeWorker[] = [];
  static broken = false;
  onmessage: ((event: MessageEvent<ParseReply>) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  requests: ParseRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.created.push(this);
  }
  postMessage(request: ParseRequest) {
    this.requests.push(request);
    setTimeout(() => {
      if (this.terminated) return;
      if (FakeWorker.broken) {
        this.onerror?.({ preventDefault() {} });
        return;
      }
      answer(request, (reply) => this.onmessage?.({ data: reply } as MessageEvent<ParseReply>), withKeyTerms);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('parseGuideFiles with a worker', () => {
  it('sends the texts to a module worker in batches and terminates it when done', async () => {
    FakeWorker.created = [];
    FakeWorker.broken = false;
    vi.stubGlobal('Worker', FakeWorker);
    const files = Array.from({ length: 10 }, (_, i) => source(`guide-${i}.md`, fixture('harbour-pilot.md')));
    const results = await parseGuideFiles([{ name: 'huge.md', size: 6e6, read: () => Promise.resolve('') }, ...files]);
    expect(statuses(results)).toEqual(['too-large', ...files.map(() => 'ok')]);
    expect(results.map((r) => r.name)).toEqual(['huge.md', ...files.map((f) => f.name)]);
    const [worker] = FakeWorker.created;
    expect(worker?.options).toMatchObject({ type: 'module' });
    expect(String(worker?.url)).toMatch(/parse-worker/);
    expect(worker?.requests.map((r) => r.files.map((f) => f.index))).toEqual([
      [1, 2, 3, 4, 5, 6, 7, 8],
      [9, 10],
    ]);
    expect(worker?.terminated).toBe(true);
    // The worker fills in key terms.
    const first = results[1];
    expect(first?.status === 'parsed' && first.result.ok && first.result.guide.questions[0]?.keyTerms).toContain(
      'neap',
    );
  });

  it('parses on the main thread when the worker fails to load', async () => {
    FakeWorker.created = [];
    FakeWorker.broken = true;
    vi.stubGlobal('Worker', FakeWorker);
    const results = await parseGuideFiles([source('harbour-pilot.md'), source('broken-yaml.md')]);
    expect(statuses(results)).toEqual(['ok', 'errors']);
    expect(FakeWorker.created[0]?.terminated).toBe(true);
  });
});
