import type { Draft } from '@/domain/model';

import type { DraftsSlice, StoreEnv } from '../types';
import type { SliceCreator } from './create';

/** `|` appears in neither UUIDs nor question ids, so the key splits back unambiguously. */
export function draftKey(sessionId: string, questionId: string): string {
  return `${sessionId}|${questionId}`;
}

/** Drafts minus those belonging to `sessionId` (same object when there are none, to spare a re-render). */
export function withoutSessionDrafts(drafts: Record<string, Draft>, sessionId: string): Record<string, Draft> {
  let next: Record<string, Draft> | null = null;
  for (const [key, draft] of Object.entries(drafts)) {
    if (draft.sessionId !== sessionId) continue;
    next ??= { ...drafts };
    delete next[key];
  }
  return next ?? drafts;
}

export const createDraftsSlice =
  (env: StoreEnv): SliceCreator<DraftsSlice> =>
  (set) => ({
    drafts: {},
    updateDraft: (sessionId, questionId, patch) => {
      const key = draftKey(sessionId, questionId);
      set((state) => {
        const prev = state.drafts[key];
        const draft: Draft = {
          sessionId,
          questionId,
          text: patch.text ?? prev?.text ?? '',
          source: patch.source ?? prev?.source ?? 'typed',
          // `null` is a meaningful value here (clock not started), so only `undefined` means "unchanged".
          startedAt: patch.startedAt !== undefined ? patch.startedAt : (prev?.startedAt ?? null),
          elapsedMs: patch.elapsedMs ?? prev?.elapsedMs ?? 0,
          updatedAt: env.now(),
        };
        return { drafts: { ...state.drafts, [key]: draft } };
      });
    },
  });
