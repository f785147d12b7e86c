import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  keepPage,
  MAX_SNAPSHOT_CHARS,
  MAX_SNAPSHOT_ELEMENTS,
  type PageSnapshot,
  serializePage,
  SNAPSHOT_KEY,
  SNAPSHOT_VERSION,
  startPageSnapshots,
} from '@/lib/page-snapshot';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  root.id = 'root';
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const stored = (): PageSnapshot | null => JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null') as PageSnapshot;

beforeEach(() => {
  localStorage.clear();
  document.title = 'Practice · Rehearse';
  history.replaceState(null, '', '/practice/s-1?from=guide');
});
afterEach(() => document.body.replaceChildren());

describe('serializePage', () => {
  it('keeps what was typed in fields, which markup alone does not hold', () => {
    const root = page(
      '<textarea aria-label="Your answer"></textarea><input type="text" value="old"><input type="checkbox">' +
        '<input type="radio" name="r" checked><input type="radio" name="r">' +
        '<select><option>a</option><option>b</option></select><input type="password">',
    );
    root.querySelector('textarea')!.value = 'My answer <b>so far</b>';
    root.querySelector<HTMLInputElement>('input[type="text"]')!.value = 'new';
    root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked = true;
    root.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.checked = true;
    root.querySelector('select')!.selectedIndex = 1;
    root.querySelector<HTMLInputElement>('input[type="password"]')!.value = 'secret';

    const copy = document.createElement('div');
    copy.innerHTML = serializePage(root)!;
    expect(copy.querySelector('textarea')!.value).toBe('My answer <b>so far</b>');
    expect(copy.querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('new');
    expect(copy.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    const radios = copy.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect([radios[0]!.checked, radios[1]!.checked]).toEqual([false, true]);
    expect(copy.querySelector('select')!.selectedIndex).toBe(1);
    expect(copy.querySelector<HTMLInputElement>('input[type="password"]')!.value).toBe('');
    // The page itself is untouched.
    expect(root.querySelector('textarea')!.textContent).toBe('');
  });

  it('moves style attributes where the CSP lets the boot script apply them', () => {
    const root = page('<div class="bar"></div>');
    root.querySelector<HTMLElement>('.bar')!.style.width = '40%';
    const markup = serializePage(root)!;
    expect(markup).not.toContain(' style=');
    expect(markup).toContain('data-snapshot-style="width: 40%;"');
    expect(root.querySelector<HTMLElement>('.bar')!.style.width).toBe('40%');
  });

  it('keeps no error screen, no empty page and no page too large to be worth it', () => {
    expect(serializePage(page('<main data-no-snapshot><h1>Rehearse stopped working</h1></main>'))).toBeNull();
    expect(serializePage(page(''))).toBeNull();
    expect(serializePage(page('<p></p>'.repeat(MAX_SNAPSHOT_ELEMENTS + 1)))).toBeNull();
    expect(serializePage(page(`<p>${'x'.repeat(MAX_SNAPSHOT_CHARS)}</p>`))).toBeNull();
    expect(serializePage(page('<p></p>'.repeat(MAX_SNAPSHOT_ELEMENTS)))).not.toBeNull();
  });
});

describe('keepPage', () => {
  const options = (root: HTMLElement, canKeep = true) => ({
    root,
    build: '/assets/index-abc.js',
    canKeep: () => canKeep,
    now: () => 1234,
  });

  it('stores the page with its address, query included, title, build and time', () => {
    keepPage(options(page('<h1>How do you handle conflict?</h1>')));
    expect(stored()).toEqual({
      v: SNAPSHOT_VERSION,
      build: '/assets/index-abc.js',
      path: '/practice/s-1?from=guide',
      title: 'Practice · Rehearse',
      at: 1234,
      markup: '<h1>How do you handle conflict?</h1>',
    });
  });

  it('removes the last page when this one is not to be kept, so no other page is shown at this address', () => {
    keepPage(options(page('<h1>Question</h1>')));
    keepPage(options(page('<h1>This page could not load</h1>'), false));
    expect(stored()).toBeNull();
    keepPage(options(page('<h1>Question</h1>')));
    keepPage(options(page('<main data-no-snapshot>Crashed</main>')));
    expect(stored()).toBeNull();
  });

  it('leaves the last page alone while the HTML’s own markup is still on screen', () => {
    keepPage(options(page('<h1>Question</h1>')));
    keepPage(options(page('<div data-prerendered inert><h1>Guides</h1></div>')));
    expect(stored()?.markup).toBe('<h1>Question</h1>');
  });

  it('never throws when storage refuses, and leaves nothing half-written', () => {
    localStorage.setItem(SNAPSHOT_KEY, 'an older page');
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => localStorage.removeItem(key),
    };
    expect(() => keepPage({ ...options(page('<h1>Question</h1>')), storage: full })).not.toThrow();
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });
});

describe('startPageSnapshots', () => {
  it('keeps the page when it is hidden or left, and stops when told', () => {
    const root = page('<h1>First</h1>');
    const stop = startPageSnapshots({ root, build: '/b.js', canKeep: () => true });
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stored()?.markup).toBe('<h1>First</h1>');

    root.innerHTML = '<h1>Second</h1>';
    hidden.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(stored()?.markup).toBe('<h1>First</h1>');
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()?.markup).toBe('<h1>Second</h1>');

    stop();
    root.innerHTML = '<h1>Third</h1>';
    window.dispatchEvent(new Event('pagehide'));
    expect(stored()?.markup).toBe('<h1>Second</h1>');
  });
});
