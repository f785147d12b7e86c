import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { prerenderPaths, prerenderScope } from '../../scripts/prerender.ts';

describe('which pages the build prerenders', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('reads REHEARSE_PRERENDER, all by default, and names a wrong value', () => {
    expect(prerenderScope(undefined)).toBe('all');
    expect(prerenderScope('')).toBe('all');
    expect(prerenderScope('home')).toBe('home');
    expect(prerenderScope('off')).toBe('off');
    expect(() => prerenderScope('guides')).toThrow(/REHEARSE_PRERENDER must be all, home or off, not "guides"/);
  });

  it('renders the library and every guide the offline manifest lists, or less when asked', () => {
    dir = mkdtempSync(join(tmpdir(), 'rehearse-prerender-'));
    writeFileSync(
      join(dir, 'offline-manifest.json'),
      JSON.stringify({ version: 1, guides: { 'data-analyst': [], 'café-owner': [] }, search: [] }),
    );
    expect(prerenderPaths(dir, 'all')).toEqual(['/', '/guides/data-analyst', '/guides/caf%C3%A9-owner']);
    expect(prerenderPaths(dir, 'home')).toEqual(['/']);
    expect(prerenderPaths(dir, 'off')).toEqual([]);
  });
});
