/**
 * The user's own material: guides imported or written in the app, and the
 * STAR story bank. Each is a stored record checked by the one schema
 * (`@/domain/schema`) before it is kept, so what is saved always loads again.
 */
import type { Guide } from '@/content/types';
import type { Story, UserGuide } from '@/domain/model';
import { readRecord } from '@/domain/versions';

import { ownGuide, selectOwnSearchEntries } from '../own-guides';
import type { LibrarySlice, RecordWriter, StoreEnv, StoryFields } from '../types';
import type { SliceCreator } from './create';

/** The record checked as on load; a record that would not load again is refused with the reason. */
function checked<K extends 'guides' | 'stories'>(kind: K, record: unknown, env: StoreEnv) {
  const result = readRecord(kind, record, env.versions);
  if ('ok' in result) return result.ok;
  throw new Error(result.error.replace(/^a stored /, 'This '));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const createLibrarySlice =
  (writer: RecordWriter, env: StoreEnv): SliceCreator<LibrarySlice> =>
  (set, get) => {
    const putStory = (story: Story) => {
      set((state) => ({ stories: { ...state.stories, [story.id]: story } }));
      writer.saveStory(story);
    };

    return {
      guides: {},
      stories: {},

      saveUserGuides: (inputs) => {
        if (inputs.length === 0) return [];
        const now = env.now();
        const current = get().guides;
        // All or nothing: every record is checked before any is kept.
        const records = inputs.map(
          (input) =>
            checked(
              'guides',
              {
                schemaVersion: env.versions.recordVersions.guides,
                slug: input.guide.slug,
                origin: input.origin,
                fileName: input.fileName,
                source: input.source,
                guide: input.guide,
                createdAt: current[input.guide.slug]?.createdAt ?? now,
                updatedAt: now,
              } satisfies UserGuide,
              env,
            ) as UserGuide,
        );
        set((state) => ({
          guides: { ...state.guides, ...Object.fromEntries(records.map((r) => [r.slug, r])) },
        }));
        for (const record of records) writer.saveGuide(record);
        return records;
      },

      deleteUserGuide: (slug) => {
        const guide = get().guides[slug];
        if (!guide) return null;
        set((state) => {
          const guides = { ...state.guides };
          delete guides[slug];
          return { guides };
        });
        writer.deleteGuide(slug);
        return guide;
      },

      restoreUserGuide: (guide) => {
        // A guide added again under the same slug since the delete is newer: it stays.
        if (get().guides[guide.slug]) return;
        set((state) => ({ guides: { ...state.guides, [guide.slug]: guide } }));
        writer.saveGuide(guide);
      },

      saveStory: (fields: StoryFields, id?: string) => {
        const now = env.now();
        const existing = id === undefined ? undefined : get().stories[id];
        const story = checked(
          'stories',
          {
            schemaVersion: env.versions.recordVersions.stories,
            id: existing?.id ?? id ?? env.newId(),
            title: fields.title.trim(),
            situation: fields.situation,
            task: fields.task,
            action: fields.action,
            result: fields.result,
            tags: [...fields.tags],
            numbers: fields.numbers,
            questionIds: [...(fields.questionIds ?? existing?.questionIds ?? [])],
            createdAt: existing?.createdAt ?? now,
            updatedAt: now,
          } satisfies Story,
          env,
        ) as Story;
        putStory(story);
        return story.id;
      },

      deleteStory: (storyId) => {
        const story = get().stories[storyId];
        if (!story) return null;
        set((state) => {
          const stories = { ...state.stories };
          delete stories[storyId];
          return { stories };
        });
        writer.deleteStory(storyId);
        return story;
      },

      restoreStory: (story) => {
        if (get().stories[story.id]) return;
        putStory(story);
      },

      linkStory: (storyId, questionId, linked) => {
        const story = get().stories[storyId];
        if (!story) return;
        const questionIds = linked
          ? story.questionIds.includes(questionId)
            ? story.questionIds
            : [...story.questionIds, questionId]
          : story.questionIds.filter((id) => id !== questionId);
        if (sameList(questionIds, story.questionIds)) return;
        putStory({ ...story, questionIds, updatedAt: env.now() });
      },

      setAttemptStory: (attemptId, storyId) => {
        const attempt = get().attempts[attemptId];
        if (!attempt || (attempt.storyId ?? null) === storyId) return;
        const next = { ...attempt, storyId };
        set((state) => ({ attempts: { ...state.attempts, [attemptId]: next } }));
        writer.saveAttempt(next);
      },

      guideOf: (slug): Guide | undefined => ownGuide(get(), slug),
      ownSearchEntries: () => selectOwnSearchEntries(get()),
    };
  };
