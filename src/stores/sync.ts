/**
 * Tab sync: practising in two tabs at once loses nothing, and each tab sees
 * the other's sessions, attempts, schedules, plans and drafts. Guarantees:
 *
 * Records (IndexedDB, which all tabs share)
 * - What this tab's writer has committed (a put, a delete, a clear-all; an
 *   import is puts) is posted on a BroadcastChannel, batched per microtask.
 *   Only committed changes go out, so another tab never shows a record that a
 *   reload would not find.
 * - Incoming messages are never trusted: anything not of the expected shape
 *   is ignored, and each record is read exactly as records from disk are
 *   (`readRecord`, `@/domain/versions`: a tab of an older build's shape is
 *   brought up to date, a newer build's is ignored, a record the schema
 *   refuses is ignored). The pure half (parsing, merging) is sync-merge.ts.
 * - Incoming records are merged by key into this tab's state, in memory only:
 *   they are not written back (the sender already has), and since they do not
 *   pass through the writer they are not posted again, so nothing loops.
 * - Newer wins, per record: sessions, schedules, plans, guides and stories by `updatedAt`,
 *   attempts by max(`ratedAt`, `submittedAt`) (an attempt has no updatedAt).
 *   On a tie the incoming record wins: it is the one its tab committed last,
 *   and an attempt's note or checklist edits after rating keep its stamp.
 * - A delete removes the record whatever its stamp (deleting is the user's
 *   explicit act). A clear-all removes every record and draft that is not
 *   newer than the moment the clear was committed.
 * - Drafts follow the records, as in the tab that changed them: a submitted
 *   question's draft (unless typed here after the submit) and a finished or
 *   deleted session's drafts are dropped; `undo` is dropped when another tab
 *   changed or removed the attempt it would restore.
 * - Messages that arrive while this tab is still loading are held and merged
 *   once loading ends (status leaves 'loading'), so the load cannot bring
 *   back a record deleted meanwhile, nor hide one added.
 *
 * Drafts and settings (the one localStorage value; see persistence/local.ts,
 * whose writes already merge other tabs' drafts by key)
 * - On a `storage` event for that key, drafts another tab added or changed
 *   are adopted (newer `updatedAt` wins per key), drafts it knowingly removed
 *   (it held our version and dropped it) are dropped here too, and its
 *   settings are adopted when it changed them. A draft this tab's records
 *   say can no longer be submitted (question submitted after it was typed,
 *   session finished, or deleted or cleared, by either tab) is never adopted
 *   and is dropped, so the two paths (records by message, drafts by storage
 *   event, in either order) cannot bring one back.
 * - If the stored value now lacks a draft of ours (or holds an older one),
 *   this tab writes again at once, so closing it right after loses nothing.
 *
 * Limits: a tab that cannot use IndexedDB (memory-only) receives but sends
 * nothing; two tabs editing the same attempt within the same stamp, or the
 * same draft, end with the last one received (IndexedDB with the last one
 * committed) until a reload; a tab ignores records of a newer build's shape
 * (an older build cannot read them), and takes an older build's records up
 * to date.
 */
import type { Draft } from '@/domain/model';
import { VERSIONS, type Versions } from '@/domain/versions';

import { changeFeedOf } from './persistence/changes';
import { readPersisted } from './persistence/local';
import { selectAttemptFor } from './selectors';
import { withoutSessionDrafts } from './slices/drafts';
import type { PracticeStore } from './store';
import {
  absorbDrafts,
  APP,
  mergeChanges,
  own,
  parseSyncMessage,
  same,
  type SyncMessage,
  WIRE_VERSION,
  type WireChange,
} from './sync-merge';
import type { PersistedState } from './types';

export { absorbDrafts, mergeChanges, parseSyncMessage, type SyncMessage, type WireChange } from './sync-merge';

export const SYNC_CHANNEL = 'rehearse:sync';

type ListenerTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
type Channel = ListenerTarget & { postMessage(message: unknown): void; close(): void };

export interface TabSyncOptions {
  /** Tabs on the same channel name sync; tests give each pair its own. */
  channelName?: string;
  /** Defaults to the global; `null` (or a browser without it) syncs drafts only. */
  BroadcastChannel?: (new (name: string) => Channel) | null;
  /** Where `storage` events arrive; defaults to `window`, `null` for none. */
  storageEvents?: ListenerTarget | null;
  /** Clock for the moment a clear-all committed; defaults to Date.now. */
  now?: () => number;
  /** The versions incoming records are read with; the app's by default (give the store's own). */
  versions?: Versions;
}

function newTabId() {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  }
}

/**
 * Connects `store` to the other tabs of this browser. Call once per store
 * (main.tsx: before `init()`, so messages during loading are held). Returns a
 * function that disconnects it.
 */
export function connectTabSync(store: PracticeStore, options: TabSyncOptions = {}): () => void {
  const tabId = newTabId();
  const now = options.now ?? (() => Date.now());
  const versions = options.versions ?? VERSIONS;
  const cleanups: (() => void)[] = [];

  // Records: out on commit, in by message.
  const Ctor =
    options.BroadcastChannel === undefined
      ? (globalThis.BroadcastChannel as TabSyncOptions['BroadcastChannel'])
      : options.BroadcastChannel;
  let channel: Channel | null = null;
  try {
    channel = Ctor ? new Ctor(options.channelName ?? SYNC_CHANNEL) : null;
  } catch {
    channel = null;
  }

  // What this tab knows was deleted or cleared, its own changes and other tabs' alike, so that a
  // draft of a deleted session (or typed before a clear) is never taken back from localStorage.
  const deletedSessions = new Set<string>();
  let clearedAt = -Infinity;
  const remember = (change: WireChange) => {
    if (change.type === 'clear') clearedAt = Math.max(clearedAt, change.at);
    else if (change.store !== 'sessions') return;
    else if (change.type === 'delete') deletedSessions.add(change.key);
    else deletedSessions.delete(change.record.id);
  };

  let outbox: WireChange[] = [];
  const post = () => {
    const changes = outbox;
    outbox = [];
    if (changes.length === 0 || !channel) return;
    try {
      channel.postMessage({ app: APP, v: WIRE_VERSION, from: tabId, changes } satisfies SyncMessage);
    } catch {
      // Closed or uncloneable: the change is saved, and other tabs see it on their next load.
    }
  };
  const unsubscribeFeed = changeFeedOf(store)?.subscribe((committed) => {
    const change: WireChange = committed.type === 'clear' ? { type: 'clear', at: now() } : committed;
    remember(change);
    if (change.type === 'delete' && change.store === 'sessions' && !own(store.getState().sessions, change.key)) {
      // A draft of it taken from another tab's write since this tab deleted it goes too.
      const drafts = withoutSessionDrafts(store.getState().drafts, change.key);
      if (drafts !== store.getState().drafts) store.setState({ drafts });
    }
    if (!channel) return;
    outbox.push(change);
    if (outbox.length === 1) queueMicrotask(post);
  });
  cleanups.push(() => {
    unsubscribeFeed?.();
    post();
  });

  if (channel) {
    const open = channel;
    let held: WireChange[] = [];
    const apply = () => {
      if (held.length === 0 || store.getState().status === 'loading') return;
      const changes = held;
      held = [];
      const patch = mergeChanges(store.getState(), changes);
      if (patch) store.setState(patch);
    };
    const onMessage = (event: Event) => {
      try {
        const message = parseSyncMessage((event as MessageEvent).data, versions);
        if (!message || message.from === tabId || message.changes.length === 0) return;
        message.changes.forEach(remember);
        held.push(...message.changes);
        apply();
      } catch {
        // Never let a message break this tab.
      }
    };
    open.addEventListener('message', onMessage);
    // Held messages are merged just after loading ends, outside the setState that ended it.
    const unsubscribeStatus = store.subscribe((state, previous) => {
      if (previous.status === 'loading' && state.status !== 'loading') queueMicrotask(apply);
    });
    cleanups.push(() => {
      unsubscribeStatus();
      open.removeEventListener('message', onMessage);
      open.close();
    });
  }

  // Drafts and settings: other tabs' writes to the shared localStorage value.
  const target =
    options.storageEvents === undefined
      ? ((globalThis as { window?: ListenerTarget }).window ?? null)
      : options.storageEvents;
  if (target) {
    const key = store.persist.getOptions().name;
    const onStorage = (event: Event) => {
      try {
        const { key: changed, oldValue, newValue } = event as StorageEvent;
        // `null`: the whole storage was cleared, or our value removed. Write ours back rather than lose drafts.
        if (changed === null || (changed === key && newValue === null)) return void store.setState({});
        if (changed !== key) return;
        const after = readPersisted(newValue);
        // A value this build cannot read (another version): ours overwrites it on the next write, after a backup.
        if (!after) return;
        const before = readPersisted(oldValue)?.state;
        const state = store.getState();
        const obsolete = (draft: Draft) => {
          if (draft.updatedAt <= clearedAt) return true;
          const session = own(state.sessions, draft.sessionId);
          // A session deleted and then restored (undo) is in the state again: its drafts count.
          if (!session) return deletedSessions.has(draft.sessionId);
          if (session.status !== 'active') return true;
          const attempt = selectAttemptFor(state, draft.sessionId, draft.questionId);
          return attempt !== undefined && attempt.submittedAt >= draft.updatedAt;
        };
        const { drafts, stale } = absorbDrafts(state.drafts, before?.drafts ?? {}, after.state.drafts, obsolete);
        const patch: Partial<PersistedState> = {};
        if (drafts !== state.drafts) patch.drafts = drafts;
        // Settings have no timestamp: adopt them when the writer changed them, not when it merely carried them.
        if (before && !same(before.settings, after.state.settings) && !same(state.settings, after.state.settings))
          patch.settings = after.state.settings;
        if (patch.drafts || patch.settings || stale) store.setState(patch);
      } catch {
        // A malformed value is local.ts's to back up; it must not break this tab.
      }
    };
    target.addEventListener('storage', onStorage);
    cleanups.push(() => target.removeEventListener('storage', onStorage));
  }

  let connected = true;
  return () => {
    if (!connected) return;
    connected = false;
    for (const cleanup of cleanups) cleanup();
  };
}
