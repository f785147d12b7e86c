/**
 * The layers in eslint.config.js, proven: each forbidden direction is linted
 * as a probe (source text given a path, never written to disk) and must
 * report the rule; an allowed import beside it must not. If a zone is
 * mistyped or the resolver stops resolving `@/…`, these fail rather than the
 * lint silently passing everything.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    // Only the import rules: the type-aware ones would need the probe files to exist.
    ruleFilter: ({ ruleId }) => ruleId.startsWith('import-x/'),
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  });
});

async function importErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const ZONE = 'import-x/no-restricted-paths';

describe('lint: the layers (eslint.config.js)', () => {
  it.each([
    [
      'a feature imports another, relatively',
      'src/features/history/probe.ts',
      '../library/filters',
      'Features never import each other',
    ],
    [
      'a feature imports another, by alias',
      'src/features/history/probe.ts',
      '@/features/library/filters',
      'Features never import each other',
    ],
    [
      'a feature imports the app shell',
      'src/features/library/probe.ts',
      '@/app/AppShell',
      'Features never import the app shell',
    ],
    ['content imports domain', 'src/content/probe.ts', '../domain/model', 'content/ is the pure guide parser'],
    ['domain imports the store', 'src/domain/probe.ts', '@/stores', 'domain/ is pure'],
    ['domain imports a feature', 'src/domain/probe.ts', '../features/library/filters', 'domain/ is pure'],
    ['domain imports a lib helper other than format', 'src/domain/probe.ts', '@/lib/download', 'domain/ is pure'],
    ['lib imports the store', 'src/lib/probe.ts', '../stores/app-store', 'lib/ holds small shared helpers'],
    ['lib imports the app shell', 'src/lib/probe.ts', '@/app/router', 'lib/ holds small shared helpers'],
    ['components imports the store', 'src/components/ui/probe.tsx', '@/stores', 'components/ holds primitives'],
    [
      'components imports a feature',
      'src/components/ui/probe.tsx',
      '../../features/data/DataPage',
      'components/ holds primitives',
    ],
    ['stores imports a component', 'src/stores/probe.ts', '../components/ui/Button', 'The store holds no UI'],
    ['stores imports a feature', 'src/stores/slices/probe.ts', '@/features/library/filters', 'The store holds no UI'],
    ['stores imports the app shell', 'src/stores/probe.ts', '../app/main', 'The store holds no UI'],
    ['a feature deep-imports the store', 'src/features/library/probe.ts', '@/stores/persistence/db', 'entry points'],
    ['a route deep-imports the store', 'src/routes/probe.ts', '../stores/slices/sessions', 'entry points'],
  ])('rejects: %s', async (_name, filePath, from, message) => {
    const errors = await importErrors(filePath, `export {} from '${from}';\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(ZONE);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['a feature imports its own code', 'src/features/history/probe.ts', '@/features/history/HistoryPage'],
    ['a feature imports domain', 'src/features/library/probe.ts', '@/domain/model'],
    ['a feature imports the store entry', 'src/features/library/probe.ts', '@/stores'],
    ['domain imports content', 'src/domain/probe.ts', '@/content/types'],
    ['domain imports lib/format', 'src/domain/probe.ts', '../lib/format'],
    ['the store imports domain and lib', 'src/stores/probe.ts', '@/lib/cn'],
    ['a route imports a feature', 'src/routes/probe.ts', '@/features/library/GuideList'],
    ['the app imports a listed store entry', 'src/app/probe.ts', '@/stores/persistence/durability'],
  ])('allows: %s', async (_name, filePath, from) => {
    expect(await importErrors(filePath, `export {} from '${from}';\n`)).toEqual([]);
  });

  it('rejects imports out of order (a relative import above a package, no blank line between groups)', async () => {
    const errors = await importErrors(
      'src/features/library/probe.ts',
      "import { a } from './filters';\nimport { useState } from 'react';\nexport { a, useState };\n",
    );
    expect(errors.some((error) => error.startsWith('import-x/order:'))).toBe(true);
    const sorted =
      "import { useState } from 'react';\n\nimport { cn } from '@/lib/cn';\n\nimport { a } from './filters';\n\nexport { a, cn, useState };\n";
    expect(await importErrors('src/features/library/probe.ts', sorted)).toEqual([]);
  });

  it('rejects an import cycle (router.ts importing main.tsx, which imports router.ts)', async () => {
    const errors = await importErrors('src/app/router.ts', "import './main';\n");
    expect(errors).toEqual(['import-x/no-cycle: Dependency cycle detected']);
  });
});
