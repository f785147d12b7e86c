import { useRef, useState } from 'react';

import type { Guide } from '@/content/types';
import {
  bundledFromSearchIndex,
  type ImportPlan,
  type ImportPlanEntry,
  MAX_USER_GUIDES,
  planGuideImport,
} from '@/domain/guide-import';
import { STORIES_GUIDE_SLUG } from '@/domain/stories/practice';
import { plural } from '@/lib/format';
import { loadSearchIndex } from '@/lib/question-bank';
import { selectOwnGuides, usePracticeStore } from '@/stores';
import { guides as bundledGuides } from 'virtual:question-bank';

import { type GuideFileSource, parseGuideFiles, parseGuideText, readFile } from './parse-client';

export type GuideImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | {
      kind: 'preview';
      plan: ImportPlan;
      chosen: ReadonlySet<number>;
      /** Each file's markdown, by entry. */
      texts: readonly (string | undefined)[];
      /** Pasted rather than read from a file (so the guide has no file name). */
      pasted: boolean;
    }
  | { kind: 'saved'; guides: { slug: string; title: string; replaced: boolean }[]; refused: number }
  | { kind: 'failed'; message: string };

/** Entries that can be added (new or replacing one of the user's guides). */
export const isAddable = (entry: ImportPlanEntry): entry is Exclude<ImportPlanEntry, { status: 'refused' }> =>
  entry.status !== 'refused';

/** What the library holds already, for the plan's duplicate and replace checks. */
async function existingBank() {
  const bundledSlugs = new Set(bundledGuides.map((g) => g.slug));
  const index = await loadSearchIndex();
  const bundled = bundledFromSearchIndex(index.filter((entry) => bundledSlugs.has(entry.guideSlug)));
  // The story bank's practice guide has this slug: no file may take it.
  bundled.push({ slug: STORIES_GUIDE_SLUG, title: 'My STAR stories', questionTexts: [] });
  const mine: readonly Guide[] = selectOwnGuides(usePracticeStore.getState());
  return { bundled, mine };
}

/**
 * Reading guide files (picker, drop, paste) into a preview, then adding the
 * chosen ones. `replacing` names one of the user's guides: every file read is
 * taken as its new version, whatever the file is called.
 */
export function useGuideImport(replacing?: { slug: string; fileName: string | null }) {
  const [state, setState] = useState<GuideImportState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const plan = async (
    read: (signal: AbortSignal) => ReturnType<typeof parseGuideFiles>,
    texts: readonly (string | undefined)[],
    pasted = false,
  ) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    try {
      const [parsed, existing] = await Promise.all([read(controller.signal), existingBank()]);
      if (controller.signal.aborted) return;
      const result = planGuideImport(parsed, existing);
      const chosen = new Set(result.entries.flatMap((entry, i) => (isAddable(entry) ? [i] : [])));
      setState({ kind: 'preview', plan: result, chosen, texts, pasted });
    } catch (error) {
      if (controller.signal.aborted) return;
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  /** The name a file is read under: its own, or the replaced guide's when replacing (same slug, same ids). */
  const nameFor = (name: string) => (replacing ? (replacing.fileName ?? `${replacing.slug}.md`) : name);

  const addFiles = (files: readonly File[]) => {
    if (files.length === 0) return;
    const list = replacing ? files.slice(0, 1) : files;
    setState({ kind: 'reading', done: 0, total: list.length });
    // The markdown is kept with the guide (a later replacement is compared with it, an export carries it).
    const texts: (string | undefined)[] = [];
    const sources: GuideFileSource[] = list.map((file, i) => ({
      name: nameFor(file.name),
      size: file.size,
      read: async () => (texts[i] = await readFile(file)),
    }));
    void plan(
      (signal) =>
        parseGuideFiles(sources, {
          signal,
          onProgress: (done, total) => setState({ kind: 'reading', done, total }),
        }),
      texts,
    );
  };

  const addPaste = (text: string, name: string) => {
    setState({ kind: 'reading', done: 0, total: 1 });
    void plan(async () => [await parseGuideText(text, nameFor(name))], [text], true);
  };

  const toggle = (index: number, on: boolean) =>
    setState((current) => {
      if (current.kind !== 'preview') return current;
      const chosen = new Set(current.chosen);
      if (on) chosen.add(index);
      else chosen.delete(index);
      return { ...current, chosen };
    });

  const confirm = () => {
    if (state.kind !== 'preview') return;
    const addable = state.plan.entries.flatMap((entry, i) =>
      isAddable(entry) && state.chosen.has(i) ? [{ entry, source: state.texts[i] ?? null }] : [],
    );
    const store = usePracticeStore.getState();
    const adding = addable.filter(({ entry }) => entry.status === 'new').length;
    const room = MAX_USER_GUIDES - Object.keys(store.guides).length;
    if (adding > room) {
      setState({
        kind: 'failed',
        message: `You can keep up to ${MAX_USER_GUIDES} guides of your own; there is room for ${plural(Math.max(0, room), 'more')}. Delete some first, or choose fewer.`,
      });
      return;
    }
    try {
      const replaced = new Set(
        addable.filter(({ entry }) => entry.status === 'replace').map(({ entry }) => entry.slug),
      );
      const saved = store.saveUserGuides(
        addable.map(({ entry, source }) => ({
          guide: entry.guide,
          origin: 'file' as const,
          fileName: state.pasted ? null : entry.file,
          source,
        })),
      );
      setState({
        kind: 'saved',
        guides: saved.map((g) => ({ slug: g.slug, title: g.guide.title, replaced: replaced.has(g.slug) })),
        refused: state.plan.entries.length - addable.length,
      });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const reset = () => {
    abort.current?.abort();
    setState({ kind: 'idle' });
  };

  return { state, addFiles, addPaste, toggle, confirm, reset };
}
