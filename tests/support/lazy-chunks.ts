/**
 * The app's lazy chunks a test may need loaded before it starts, as they are in
 * the app once the first moments have passed:
 * - `scheduler`: FSRS. Ratings reach the review schedule at once (before, they queue;
 *   that queue has its own tests in tests/stores/scheduling.test.ts).
 * - `markdown`: the run-time markdown parser. Hand-made guides (not compiled at build
 *   time) render at once instead of after a loading pass.
 * - `reveal`: the review screen. Submit shows the review at once, as the answering
 *   screen has fetched it in idle time by then.
 *
 * Load them in beforeAll: `beforeAll(() => loadChunks('reveal', 'markdown'))`.
 */
import { loadMarkdownParser } from '@/components/ui/Markdown';
import { loadReveal } from '@/features/practice/reveal/lazy';
import { lazyScheduler } from '@/stores/scheduler';

const CHUNKS = {
  scheduler: () => lazyScheduler.load(),
  markdown: loadMarkdownParser,
  reveal: loadReveal,
};

export type ChunkName = keyof typeof CHUNKS;

export async function loadChunks(...names: ChunkName[]): Promise<void> {
  await Promise.all(names.map((name) => CHUNKS[name]()));
}
