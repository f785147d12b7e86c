// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The folders under src/features/; each is a feature that imports no other. */
const FEATURES = ['library', 'practice', 'history', 'progress', 'data'];

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
    ignores: ['src/content-loader/**', 'tests/e2e/**', 'tests/content/**'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { globals: globals.browser },
  },
  // The layout, enforced (see README "Layout"): a feature may import only itself among features.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/features/*',
                `!@/features/${feature}`,
                `!@/features/${feature}/**`,
                '@/routes/*',
                '../../features/*',
              ],
              message:
                'Features never import each other or routes: compose them in a route, or move shared code to components/, lib/ or stores/.',
            },
          ],
        },
      ],
    },
  })),
  {
    // Imports flow one way: content → domain → stores → components/lib → features → routes.
    files: ['src/content/**', 'src/domain/**', 'src/stores/**', 'src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/routes/*'],
              message: 'Shared code must not depend on features or routes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/content/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/routes/*', '@/stores', '@/stores/*', '@/components/*', '@/lib/*'],
              message: 'content/ and domain/ are pure: no store, UI or feature imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,mjs,ts}', 'scripts/**', 'src/content-loader/**', 'tests/e2e/**', 'tests/content/**'],
    languageOptions: { globals: globals.node },
  },
]);
