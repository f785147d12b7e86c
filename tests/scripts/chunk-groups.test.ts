import { describe, expect, it } from 'vitest';

import {
  chunkGroups,
  inMarkdownChunk,
  inSharedUiChunk,
  inStoreChunk,
  libraryChunk,
  projectPath,
} from '../../scripts/chunk-groups';

describe('chunk groups (scripts/chunk-groups.ts)', () => {
  it('put the store with its database, tab sync and durability code, but not what the entry or a rare screen needs', () => {
    for (const path of [
      'src/stores/store.ts',
      'src/stores/start.ts',
      'src/stores/sync.ts',
      'src/stores/persistence/db.ts',
      'src/stores/persistence/migrations.ts',
      'src/stores/persistence/durability.ts',
      'node_modules/idb/build/index.js',
      'node_modules/zustand/esm/vanilla.mjs',
      'src/domain/rubric.ts',
      'src/domain/schema.ts',
      'src/domain/versions.ts',
      'node_modules/zod/v4/mini/schemas.js',
      'src/app/StorageNotices.tsx',
      // The library's "New guide of your own" (its own request on the home page before).
      'src/features/own-guides/actions.ts',
      'src/features/own-guides/written.ts',
    ])
      expect(inStoreChunk(path), path).toBe(true);
    for (const path of [
      'src/stores/theme.ts',
      'src/stores/app-store.ts',
      'src/stores/persistence/keys.ts',
      'src/stores/schedule-sync.ts',
      'src/stores/persistence/rescue.ts',
      'src/stores/persistence/rescue-read.ts',
      'node_modules/ts-fsrs/dist/index.mjs',
      'src/domain/scheduling.ts',
    ])
      expect(inStoreChunk(path), path).toBe(false);
  });

  it('gather the small shared UI modules, not the shell’s own (which is in the entry) nor the markdown renderer', () => {
    for (const path of [
      'src/components/ui/Badge.tsx',
      'src/lib/prepared-markdown.ts',
      'src/features/library/score.ts',
      'src/components/ui/Dialog.tsx',
      'src/features/library/import/pending-files.ts',
    ])
      expect(inSharedUiChunk(path), path).toBe(true);
    for (const path of ['src/components/ui/Button.tsx', 'src/lib/cn.ts', 'src/components/ui/Markdown.tsx'])
      expect(inSharedUiChunk(path), path).toBe(false);
  });

  it('give React, React DOM and the router a chunk each, and nothing else of @tanstack (the history list’s virtualiser is lazy)', () => {
    expect(libraryChunk('node_modules/react/cjs/react.production.js')).toBe('react');
    expect(libraryChunk('node_modules/react/jsx-runtime.js')).toBe('react');
    // Two tiny modules the entry and lazy chunks share ride with React rather than alone.
    expect(libraryChunk('src/lib/cn.ts')).toBe('react');
    expect(libraryChunk('src/stores/persistence/keys.ts')).toBe('react');
    expect(libraryChunk('src/lib/shortcuts.ts')).toBeUndefined();
    expect(libraryChunk('node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
    expect(libraryChunk('node_modules/scheduler/index.js')).toBe('react-dom');
    expect(libraryChunk('node_modules/@tanstack/router-core/dist/esm/path.js')).toBe('router');
    expect(libraryChunk('node_modules/@tanstack/react-router/dist/esm/link.js')).toBe('router');
    expect(libraryChunk('node_modules/@tanstack/react-virtual/dist/esm/index.js')).toBeUndefined();
    expect(libraryChunk('node_modules/react-markdown/index.js')).toBeUndefined();
    // A node_modules reached through a symlink (a worktree) is still recognised.
    expect(libraryChunk('../../main/node_modules/react-dom/index.js')).toBe('react-dom');
  });

  it('keep the compiled-markdown renderer together, and the hast converter and the parser out of it', () => {
    for (const path of ['src/components/ui/Markdown.tsx', 'src/components/ui/markdown-headings.ts'])
      expect(inMarkdownChunk(path), path).toBe(true);
    for (const path of [
      // The build converts the trees to React's props (content/markdown-tree.ts): only react-markdown needs these.
      'node_modules/hast-util-to-jsx-runtime/lib/index.js',
      'node_modules/property-information/index.js',
      'node_modules/react-markdown/lib/index.js',
      'node_modules/micromark/index.js',
    ])
      expect(inMarkdownChunk(path), path).toBe(false);
  });

  it('put Vite’s preload helper with React, not in a chunk of its own', () => {
    const react = chunkGroups.find((group) => group.name === 'react');
    expect(react!.test('\0vite/preload-helper.js')).toBe(true);
    expect(react!.test('\0vite/modulepreload-polyfill.js')).toBe(false);
  });

  it('match Rolldown’s absolute module ids, and never a virtual module', () => {
    const root = '/work/app';
    expect(projectPath('/work/app/src/stores/store.ts?used', root)).toBe('src/stores/store.ts');
    expect(projectPath('\0virtual:question-bank', root)).toBe('');
    const store = chunkGroups.find((group) => group.name === 'store');
    expect(store!.test(`${process.cwd()}/src/stores/db-free.ts`)).toBe(true);
    expect(store!.test('\0rolldown/runtime.js')).toBe(false);
  });
});
