// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The folders under src/features/; each is a feature that imports no other. */
const FEATURES = ['library', 'practice', 'history', 'progress', 'data', 'own-guides', 'stories'];

/**
 * Features every other feature may use: recording (the recorder, the player) is shown on the answering
 * screen, the reveal, history and the question page alike, and imports no feature itself.
 */
const SHARED_FEATURES = ['recording'];

/**
 * The store's public entry points: everything else under src/stores/ is its
 * own business. More than `index.ts` because the store is a lazy chunk
 * (scripts/chunk-groups.ts) and some callers must not pull it in.
 */
const STORE_ENTRIES = [
  './index.ts', // `@/stores`: the store, its hooks and selectors
  './app-store.ts', // the first page's handle: starts the store and waits for it without loading it
  './theme.ts', // the theme, applied before the store arrives
  './persistence/durability.ts', // whether the browser keeps the data (storage notices, Your data)
  './persistence/rescue.ts', // the crash screen's export and reset, which must work without the store
];

/** Layers below `from` in the direction content → domain → stores → features → routes, with app on top. */
const UI_AND_UP = ['./src/components', './src/features', './src/app', './src/routes'];

/** @type {{ target: string | string[]; from: string | string[]; except?: string[]; message: string }[]} */
const LAYER_ZONES = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`, ...SHARED_FEATURES.map((shared) => `./${shared}`)],
    message:
      'Features never import each other: compose them in a route, or move shared code to domain/, lib/, components/ui/ or stores/.',
  })),
  ...SHARED_FEATURES.map((shared) => ({
    target: `./src/features/${shared}`,
    from: './src/features',
    except: [`./${shared}`],
    message: 'A shared feature imports no other feature: every feature may import it.',
  })),
  {
    target: './src/features',
    from: ['./src/app', './src/routes'],
    message: 'Features never import the app shell or routes: routes compose features.',
  },
  {
    target: './src/content',
    from: ['./src/domain', './src/lib', './src/stores', ...UI_AND_UP],
    message: 'content/ is the pure guide parser: it imports nothing else of the app.',
  },
  {
    target: './src/domain',
    from: ['./src/stores', ...UI_AND_UP],
    message: 'domain/ is pure practice logic: no store, UI or feature imports (content/ and lib/format.ts only).',
  },
  {
    // lib/format.ts is the one place for English words, numbers and dates, and imports nothing: the
    // domain's own wording (import problems, calibration notes, the export) uses it too.
    target: './src/domain',
    from: './src/lib',
    except: ['./format.ts'],
    message: 'domain/ is pure practice logic: no store, UI or feature imports (content/ and lib/format.ts only).',
  },
  {
    target: './src/lib',
    from: ['./src/stores', ...UI_AND_UP],
    message: 'lib/ holds small shared helpers: no store, UI or feature imports.',
  },
  {
    target: './src/components',
    from: ['./src/stores', './src/features', './src/app', './src/routes'],
    message: 'components/ holds primitives that read no store and know no feature; app-level widgets go in app/.',
  },
  {
    target: './src/stores',
    from: UI_AND_UP,
    message: 'The store holds no UI and knows no feature.',
  },
  {
    target: [
      './src/app',
      './src/features',
      './src/routes',
      './src/components',
      './src/lib',
      './src/domain',
      './src/content',
    ],
    from: './src/stores',
    except: STORE_ENTRIES,
    message:
      'Import the store through its entry points (`@/stores`, or the few listed in eslint.config.js), not its internals.',
  },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-*/',
    'node_modules/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'src/routeTree.gen.ts',
  ]),

  js.configs.recommended,
  // Syntactic rules everywhere; `tsc` already does the type checking. The
  // full type-aware preset mostly adds noise around Vitest's `any`-typed
  // asymmetric matchers and parsed JSON.
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The type-aware rules that catch real bugs: a promise nobody awaits
    // (lost errors, racing navigation) or one passed where a void callback is
    // expected.
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: {
        // Picks the right tsconfig (app or node) for each file.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },

  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ignores: ['src/content-loader/**', 'tests/e2e/**', 'tests/content/**', 'tests/scripts/**'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
  },
  // The layers, enforced by path (see README "Layout"). Paths, not import strings: `../../library/x`
  // and `@/features/library/x` resolve to the same file, so both are caught.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without these the cycle check would not follow imports into .ts/.tsx files.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // One import order everywhere (--fix sorts it): packages, then the app's `@/…` and `virtual:` modules, then
  // relative paths; a blank line between groups, each alphabetical. A diff then shows what changed, not
  // where someone happened to add a line.
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [
            { pattern: '@/**', group: 'internal' },
            { pattern: 'virtual:**', group: 'internal' },
          ],
          pathGroupsExcludedImportTypes: ['builtin'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  {
    files: [
      '*.{js,mjs,ts}',
      'scripts/**',
      'src/content-loader/**',
      'tests/e2e/**',
      'tests/content/**',
      'tests/scripts/**',
    ],
    languageOptions: { globals: globals.node },
  },
]);
