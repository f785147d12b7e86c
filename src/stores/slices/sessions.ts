import type { PracticeSession } from '@/domain/model';

import type { RecordWriter, SessionsSlice, StoreEnv } from '../types';
import type { SliceCreator } from './create';
import { withoutSessionDrafts } from './drafts';

export const createSessionsSlice =
  (writer: RecordWriter, env: StoreEnv): SliceCreator<SessionsSlice> =>
  (set, get) => {
    /** Applies `change` to one session and saves it; a change returning null (or an unknown id) is a no-op. */
    const update = (
      sessionId: string,
      change: (session: PracticeSession, now: number) => PracticeSession | null,
      dropDrafts = false,
    ) => {
      const session = get().sessions[sessionId];
      if (!session) return;
      const now = env.now();
      const next = change(session, now);
      if (!next) return;
      const saved = { ...next, updatedAt: now };
      set((state) => ({
        sessions: { ...state.sessions, [sessionId]: saved },
        ...(dropDrafts ? { drafts: withoutSessionDrafts(state.drafts, sessionId) } : {}),
      }));
      writer.saveSession(saved);
    };

    return {
      sessions: {},
      createSession: (settings, questionIds) => {
        const now = env.now();
        const session: PracticeSession = {
          schemaVersion: env.versions.recordVersions.sessions,
          id: env.newId(),
          createdAt: now,
          updatedAt: now,
          settings: { ...settings, guideSlugs: [...settings.guideSlugs], categories: [...settings.categories] },
          questionIds: [...questionIds],
          currentIndex: 0,
          status: 'active',
          pausedAt: null,
          completedAt: null,
        };
        set((state) => ({ sessions: { ...state.sessions, [session.id]: session } }));
        writer.saveSession(session);
        return session.id;
      },
      goTo: (sessionId, index) =>
        update(sessionId, (s) => {
          if (!Number.isInteger(index) || s.questionIds.length === 0) return null;
          const clamped = Math.min(Math.max(index, 0), s.questionIds.length - 1);
          return clamped === s.currentIndex ? null : { ...s, currentIndex: clamped };
        }),
      // Finished sessions keep no drafts: nothing can be submitted to them any more.
      completeSession: (sessionId) =>
        update(
          sessionId,
          (s, now) => (s.status === 'active' ? { ...s, status: 'completed', completedAt: now, pausedAt: null } : null),
          true,
        ),
      abandonSession: (sessionId) =>
        update(sessionId, (s) => (s.status === 'active' ? { ...s, status: 'abandoned', pausedAt: null } : null), true),
      pauseSession: (sessionId) =>
        update(sessionId, (s, now) => (s.status === 'active' && s.pausedAt === null ? { ...s, pausedAt: now } : null)),
      resumeSession: (sessionId) => update(sessionId, (s) => (s.pausedAt !== null ? { ...s, pausedAt: null } : null)),
    };
  };
