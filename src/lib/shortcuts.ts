/**
 * The app's keyboard shortcuts: one list, read by the help dialog and by the
 * screens that handle the keys, so what is documented is what works.
 */

export type ShortcutScope = 'Anywhere' | 'Library' | 'Practice';

export interface Shortcut {
  id: string;
  /** Key caps as shown, pressed together ("Ctrl/⌘" then "Enter"). */
  keys: readonly string[];
  description: string;
  /** Where the shortcut works; the help dialog groups by it. */
  scope: ShortcutScope;
}

export const SHORTCUTS = [
  { id: 'help', keys: ['?'], description: 'Show keyboard shortcuts', scope: 'Anywhere' },
  { id: 'search', keys: ['/'], description: 'Search questions', scope: 'Library' },
  { id: 'submit', keys: ['Ctrl/⌘', 'Enter'], description: 'Submit answer', scope: 'Practice' },
  { id: 'pause', keys: ['Alt', 'P'], description: 'Pause or resume', scope: 'Practice' },
  { id: 'dictation', keys: ['Alt', 'M'], description: 'Start or stop dictation', scope: 'Practice' },
  { id: 'next', keys: ['Alt', 'N'], description: 'Next question (after rating)', scope: 'Practice' },
  { id: 'rate', keys: ['0–4'], description: 'Rate the focused rubric row', scope: 'Practice' },
] as const satisfies readonly Shortcut[];

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

export const SHORTCUT_SCOPES: readonly ShortcutScope[] = ['Anywhere', 'Library', 'Practice'];

interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether a key event is the given shortcut. Alt shortcuts compare the
 * physical key (`code`) because on macOS Option+P types "π", not "p".
 * For `rate`, read the digit from `event.key`.
 */
export function matchesShortcut(event: KeyLike, id: ShortcutId): boolean {
  const noModifiers = !event.altKey && !event.ctrlKey && !event.metaKey;
  switch (id) {
    case 'help':
      // "?" needs Shift on most layouts, so Shift is allowed.
      return noModifiers && event.key === '?';
    case 'search':
      return noModifiers && !event.shiftKey && event.key === '/';
    case 'submit':
      return (event.ctrlKey || event.metaKey) && !event.altKey && event.key === 'Enter';
    case 'pause':
      return altOnly(event) && event.code === 'KeyP';
    case 'dictation':
      return altOnly(event) && event.code === 'KeyM';
    case 'next':
      return altOnly(event) && event.code === 'KeyN';
    case 'rate':
      return noModifiers && !event.shiftKey && /^[0-4]$/.test(event.key);
  }
}

function altOnly(event: KeyLike) {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/**
 * Single-key shortcuts ("?", "/", digits) must not fire while the user is
 * typing them into a field.
 */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // jsdom lacks isContentEditable, hence the attribute check as well.
  if (target.isContentEditable || target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target.getAttribute('role') === 'textbox' || target.getAttribute('role') === 'combobox';
}
