/**
 * Tab sync from the first moment, with its code loaded later. sync.ts (the
 * merge rules and validators) is a lazy chunk; this small part, in the entry,
 * starts listening before `init()` exactly as `connectTabSync` would, and keeps
 * everything until sync.ts takes over. Guarantees:
 * - nothing another tab sends is missed: BroadcastChannel messages and
 *   `storage` events that arrive before sync.ts has loaded are kept and handed
 *   to its listeners, in order, the moment it adds them (then they go
 *   straight through);
 * - nothing this tab commits goes unannounced: the store's change feed is
 *   relayed, and changes committed meanwhile are replayed to sync.ts's
 *   subscription;
 * - sync.ts sees ordinary options (`BroadcastChannel`, `storageEvents`), so it
 *   behaves as if connected at start-up: messages that arrive while the store
 *   is loading are held until loading ends, as before.
 * If sync.ts cannot load (offline, or a new version deployed), `stop()`
 * releases everything: this tab then does not sync until it is reloaded, the
 * same as a browser without BroadcastChannel.
 */
import { attachChangeFeed, type ChangeFeed, changeFeedOf, type CommittedChange } from './persistence/changes';
import type { TabSyncOptions } from './sync';

type ListenerTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
type Channel = ListenerTarget & { postMessage(message: unknown): void; close(): void };

/** sync.ts's channel name (SYNC_CHANNEL), repeated here so this module does not import it. */
const CHANNEL = 'rehearse:sync';

function deliver(listener: EventListenerOrEventListenerObject | null, event: Event) {
  if (typeof listener === 'function') listener(event);
  else listener?.handleEvent(event);
}

/** A target whose first listener for `type` also receives, at once, what arrived before it. */
function replaying(target: ListenerTarget, type: string) {
  const kept: Event[] = [];
  const keep = (event: Event) => kept.push(event);
  target.addEventListener(type, keep);
  let handedOver = false;
  return {
    target: {
      addEventListener: (eventType: string, listener: EventListenerOrEventListenerObject | null, options?: unknown) => {
        target.addEventListener(eventType, listener, options as AddEventListenerOptions);
        if (eventType !== type || handedOver) return;
        handedOver = true;
        target.removeEventListener(type, keep);
        for (const event of kept.splice(0)) deliver(listener, event);
      },
      removeEventListener: (eventType: string, listener: EventListenerOrEventListenerObject | null) =>
        target.removeEventListener(eventType, listener),
    } satisfies ListenerTarget,
    stop: () => {
      target.removeEventListener(type, keep);
      kept.length = 0;
    },
  };
}

export interface BufferedTabSync {
  /** What to pass to `connectTabSync` (with the same store) once sync.ts has loaded. */
  options: TabSyncOptions;
  /** sync.ts could not load: stop listening and keeping. */
  stop: () => void;
}

export function bufferTabSync(
  store: object,
  /** For tests, as in `connectTabSync`: the channel's name and where `storage` events arrive. */
  options: { channelName?: string; storageEvents?: ListenerTarget | null } = {},
): BufferedTabSync {
  const stops: (() => void)[] = [];

  // Records: other tabs' messages.
  let channelOption: TabSyncOptions['BroadcastChannel'] = null;
  let channel: Channel | null = null;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(options.channelName ?? CHANNEL) : null;
  } catch {
    channel = null;
  }
  if (channel) {
    const open = channel;
    const messages = replaying(open, 'message');
    const handed: Channel = {
      ...messages.target,
      postMessage: (message) => open.postMessage(message),
      close: () => open.close(),
    };
    // connectTabSync constructs its channel; this "constructor" hands it the one already listening.
    channelOption = function HandedChannel() {
      return handed;
    } as unknown as NonNullable<TabSyncOptions['BroadcastChannel']>;
    stops.push(() => {
      messages.stop();
      open.close();
    });
  }

  // Drafts and settings: other tabs' localStorage writes.
  const win =
    options.storageEvents === undefined
      ? ((globalThis as { window?: ListenerTarget }).window ?? null)
      : options.storageEvents;
  let storageEvents: ListenerTarget | null = null;
  if (win) {
    const storage = replaying(win, 'storage');
    storageEvents = storage.target;
    stops.push(storage.stop);
  }

  // This tab's commits, announced by sync.ts: relay the store's feed, keeping what commits meanwhile.
  const feed = changeFeedOf(store);
  if (feed) {
    const kept: CommittedChange[] = [];
    const listeners = new Set<(change: CommittedChange) => void>();
    const unsubscribe = feed.subscribe((change) => {
      if (listeners.size === 0) kept.push(change);
      else
        for (const listener of [...listeners]) {
          try {
            listener(change);
          } catch {
            // As in the feed itself: a listener's failure is its own.
          }
        }
    });
    const relay: ChangeFeed = {
      emit: feed.emit,
      subscribe: (listener) => {
        listeners.add(listener);
        for (const change of kept.splice(0)) listener(change);
        return () => void listeners.delete(listener);
      },
    };
    attachChangeFeed(store, relay);
    stops.push(() => {
      unsubscribe();
      kept.length = 0;
      attachChangeFeed(store, feed);
    });
  }

  return {
    options: { BroadcastChannel: channelOption, storageEvents },
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}
