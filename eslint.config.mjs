import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './apps/web/svelte.config.js';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.cache/**',
      '.data/**',
      'bench/results/**',
      '**/.svelte-kit/**',
      'apps/web/build/**',
      'apps/web/src/lib/paraglide/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The platform is infrastructure: it knows no feature lib (docs/architecture.md). The audit log and the
    // participation counters stand on the platform alone, so every lib may import them without a cycle.
    files: ['libs/platform/src/**/*.ts', 'libs/audit/src/**/*.ts', 'libs/activity/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@trainaction/(?!platform$|contracts$)',
              message: 'libs/platform, libs/audit and libs/activity import only @trainaction/platform and @trainaction/contracts.',
            },
          ],
        },
      ],
    },
  },
  // The web app: browser globals, and `<script lang="ts">` (and `.svelte.ts` rune modules) parsed by typescript-eslint.
  {
    files: ['apps/web/**/*.{js,ts,svelte}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // The app is served at the root (no kit.paths.base), so resolve() around each of its ~140 links would change nothing.
      'svelte/no-navigation-without-resolve': 'off',
      // Its hits are local builders and caches (query strings, html caches, timers, a Set to dedupe), never state the page reads reactively.
      'svelte/prefer-svelte-reactivity': 'off',
      // Every `{' '}`/`{' · '}` it flags opens an {#if} block, where Svelte 5 would trim a literal space.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  {
    files: ['apps/web/**/*.svelte', 'apps/web/**/*.svelte.ts', 'apps/web/**/*.svelte.js'],
    languageOptions: {
      parserOptions: { extraFileExtensions: ['.svelte'], parser: tseslint.parser, svelteConfig },
    },
  },
  prettier,
  ...svelte.configs.prettier,
);
