import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';

import { COMPILE_HINT, compileHints, firstPageChunks } from '../../scripts/build-plugins';

function chunk(fileName: string, code: string, isEntry: boolean, imports: string[], dynamicImports: string[] = []) {
  return { type: 'chunk', fileName, code, isEntry, imports, dynamicImports } as unknown as OutputChunk;
}

/** A bundle shaped like the app's: an entry, the libraries it imports, and lazy chunks behind `import()`. */
function appBundle(): OutputBundle {
  const chunks = [
    chunk(
      'assets/index.js',
      'import "./react.js";import "./router.js";',
      true,
      ['assets/react.js', 'assets/router.js'],
      ['assets/store.js'],
    ),
    chunk('assets/react.js', 'export const react=1;', false, []),
    // Imported only through another library: still part of the first download.
    chunk('assets/router.js', 'import "./react-dom.js";', false, ['assets/react-dom.js']),
    chunk('assets/react-dom.js', 'import "./react.js";', false, ['assets/react.js']),
    chunk('assets/store.js', 'import "./ui.js";', false, ['assets/ui.js']),
    chunk('assets/ui.js', 'export const ui=1;', false, []),
  ];
  return Object.fromEntries(chunks.map((c) => [c.fileName, c])) as OutputBundle;
}

function runPlugin(bundle: OutputBundle) {
  const hook = compileHints().generateBundle as { handler: (options: unknown, bundle: OutputBundle) => void };
  hook.handler.call({}, {}, bundle);
}

describe('compile hints', () => {
  it('finds the entry and what it imports statically, however deep, and nothing behind import()', () => {
    const chunks = Object.values(appBundle()) as OutputChunk[];
    expect(firstPageChunks(chunks).sort()).toEqual([
      'assets/index.js',
      'assets/react-dom.js',
      'assets/react.js',
      'assets/router.js',
    ]);
  });

  it('starts each of those files with the hint, and leaves the lazy chunks as they were', () => {
    const bundle = appBundle();
    runPlugin(bundle);
    const code = (file: string) => (bundle[file] as OutputChunk).code;
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
    for (const file of ['assets/index.js', 'assets/react.js', 'assets/router.js', 'assets/react-dom.js']) {
      expect(code(file).startsWith(COMPILE_HINT)).toBe(true);
    }
    expect(code('assets/index.js')).toBe(`${COMPILE_HINT}import "./react.js";import "./router.js";`);
    expect(code('assets/store.js')).toBe('import "./ui.js";');
    expect(code('assets/ui.js')).toBe('export const ui=1;');
  });

  it('adds the hint once, when the hook runs again', () => {
    const bundle = appBundle();
    runPlugin(bundle);
    runPlugin(bundle);
    expect((bundle['assets/react.js'] as OutputChunk).code).toBe(`${COMPILE_HINT}export const react=1;`);
  });

  it('runs after the other plugins rewrite chunks (the preload helper prepends its map to the entry)', () => {
    const plugin = compileHints();
    expect(plugin.enforce).toBe('post');
    expect((plugin.generateBundle as { order?: string }).order).toBe('post');
  });
});
