/**
 * The page a returning user left, kept as markup so that the next load of
 * that address shows it at once (the build's boot script,
 * scripts/prerender-html.ts), inert, until the app has rendered over it.
 *
 * Why: a returning user's pages (a practice session above all: reload it, or
 * come back to it from the home screen) hold their own data, which the build
 * cannot prerender. Their first paint waited for the app's code, the store,
 * the data in IndexedDB and the guide's chunk, one after the other: about
 * 2.5 s on Lighthouse's phone. The page as the user last saw it is the best
 * guess of what the app will render, and it paints with the HTML and CSS.
 *
 * What is kept, and when:
 * - `#root`'s markup, when the page is hidden (`visibilitychange`) or left
 *   (`pagehide`): the moments after which the user may come back, and the
 *   last ones a phone's browser is sure to give a page before discarding it;
 * - with what the user typed in its fields (markup holds a field's first
 *   value, not what was typed since), and its style attributes moved to
 *   `data-snapshot-style`, which the boot script applies through the CSSOM
 *   (the CSP's `style-src 'self'` blocks style attributes in markup);
 * - tied to the build (`build`: the entry chunk's address), so a snapshot
 *   from before an update, whose markup the new CSS may not fit, is ignored;
 * - not while the page still shows the HTML's markup (a snapshot or the
 *   prerender: the app has not rendered yet), which leaves the last one;
 * - never an error screen (`[data-no-snapshot]`, or `canKeep` saying no) or
 *   a page over MAX_SNAPSHOT_ELEMENTS elements or MAX_SNAPSHOT_CHARS
 *   characters (a long history: serialising it on every tab switch would
 *   cost more than it saves, and it would take room drafts need). The last
 *   snapshot is then removed rather than left describing another page.
 *
 * It lives in localStorage beside the drafts (SNAPSHOT_KEY), holds nothing
 * the drafts and the store do not, and goes with "Reset app" like every
 * `rehearse:` key. When a draft cannot be written for lack of room, the
 * drafts' storage drops it first (stores/persistence/local.ts).
 */
/**
 * Where the page is kept in localStorage: under the app's `rehearse:` prefix, so resetting the app's
 * data removes it too. The boot script reads it (scripts/prerender-html.ts imports these two).
 */
export const SNAPSHOT_KEY = 'rehearse:last-page';
export const SNAPSHOT_VERSION = 1;

/** What is stored under SNAPSHOT_KEY, and what the boot script checks before showing `markup`. */
export interface PageSnapshot {
  v: typeof SNAPSHOT_VERSION;
  /** The build's entry chunk (`/assets/index-….js`), as the boot script knows it. */
  build: string;
  /** `location.pathname + location.search` when it was taken. */
  path: string;
  title: string;
  /** When it was taken (ms since 1970). */
  at: number;
  markup: string;
}

/** Beyond this many elements the page is not kept (a 10,000-attempt history, say). */
export const MAX_SNAPSHOT_ELEMENTS = 4000;
/** Beyond this many characters of markup the page is not kept: room in localStorage is for drafts first. */
export const MAX_SNAPSHOT_CHARS = 120_000;

/**
 * `root`'s markup as the boot script will show it: fields hold what was typed
 * in them, style attributes are moved to `data-snapshot-style`. `null` when
 * the page is not to be kept (see the file's comment).
 */
export function serializePage(root: Element): string | null {
  if (root.querySelector('[data-no-snapshot]')) return null;
  if (root.getElementsByTagName('*').length > MAX_SNAPSHOT_ELEMENTS) return null;
  const copy = root.cloneNode(true) as Element;
  // Values typed since the field rendered live in properties, which markup does not hold.
  const fields = root.querySelectorAll('textarea, input, select');
  const copies = copy.querySelectorAll('textarea, input, select');
  fields.forEach((field, index) => {
    const target = copies[index];
    if (!target) return;
    if (field instanceof HTMLTextAreaElement) target.textContent = field.value;
    else if (field instanceof HTMLInputElement) {
      if (field.type === 'checkbox' || field.type === 'radio') target.toggleAttribute('checked', field.checked);
      else if (field.type !== 'file' && field.type !== 'password') target.setAttribute('value', field.value);
    } else if (field instanceof HTMLSelectElement) {
      const options = target.querySelectorAll('option');
      [...field.options].forEach((option, i) => options[i]?.toggleAttribute('selected', option.selected));
    }
  });
  for (const element of copy.querySelectorAll('[style]')) {
    element.setAttribute('data-snapshot-style', element.getAttribute('style') ?? '');
    element.removeAttribute('style');
  }
  const markup = copy.innerHTML;
  return markup.length > MAX_SNAPSHOT_CHARS || markup.length === 0 ? null : markup;
}

export interface SnapshotOptions {
  root: Element;
  build: string;
  /** Whether the page on screen may be kept (the router has no error or missing page, say). */
  canKeep: () => boolean;
  storage?: Pick<Storage, 'setItem' | 'removeItem'>;
  now?: () => number;
}

/** Keeps the page on screen now (or removes the last one, when this page is not to be kept). */
export function keepPage(options: SnapshotOptions): void {
  // Still the markup the HTML came with (the app has not rendered yet): the last snapshot still holds.
  if (options.root.querySelector('[data-prerendered]')) return;
  const storage = options.storage ?? globalThis.localStorage;
  try {
    const markup = options.canKeep() ? serializePage(options.root) : null;
    if (markup === null) {
      storage.removeItem(SNAPSHOT_KEY);
      return;
    }
    const snapshot: PageSnapshot = {
      v: SNAPSHOT_VERSION,
      build: options.build,
      path: location.pathname + location.search,
      title: document.title,
      at: (options.now ?? Date.now)(),
      markup,
    };
    storage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot));
  } catch {
    // Storage full or unavailable: the next load simply waits for the app, as without a snapshot.
    try {
      storage.removeItem(SNAPSHOT_KEY);
    } catch {
      // Nothing more to do.
    }
  }
}

/** Keeps the page whenever it is hidden or left. Returns a stop. */
export function startPageSnapshots(options: SnapshotOptions): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') keepPage(options);
  };
  const onPageHide = () => keepPage(options);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
  };
}
