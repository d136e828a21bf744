import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './apps/web/svelte.config.js';

/**
 * Walls between libs (docs/architecture.md): a lib uses another lib only through what its index exports (its
 * ports and services), never its repository, mongoose schema or model, nor a file inside it.
 */
const INTO_A_LIB = {
  regex: '^@trainaction/[\\w-]+/(?!seeding$)',
  message: "Import another lib through its index ('@trainaction/<lib>'): its ports, never a file inside it.",
};
const SEEDING = {
  regex: '^@trainaction/[\\w-]+/seeding$',
  message:
    "'@trainaction/<lib>/seeding' (repositories, documents) is for the demo seeders (apps/api/src/demo) and tests only; use the lib's ports.",
};
const RELATIVE_INTO_A_LIB = {
  regex: '^(\\.\\./)+(libs/)?[\\w-]+/src(/|$)',
  message: "Do not reach into another lib by a relative path; import '@trainaction/<lib>' and use its ports.",
};
const STORAGE_NAMES = {
  group: ['@trainaction/*'],
  importNamePattern: '^([A-Z]\\w*(Repository|Schema)|[A-Z_]+_MODEL)$',
  message: "Another lib's repository, schema or model is private to it: use its port (docs/architecture.md).",
};
const walls = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

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
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts', 'libs/**/*.int-spec.ts', 'libs/**/*.service-spec.ts', 'libs/testing/**'],
    rules: walls(INTO_A_LIB, SEEDING, RELATIVE_INTO_A_LIB, STORAGE_NAMES),
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/demo/**'],
    rules: walls(INTO_A_LIB, SEEDING, RELATIVE_INTO_A_LIB, STORAGE_NAMES),
  },
  // The demo academy writes in bulk through each lib's seeding entry point, and nothing else inside a lib; so do
  // the test helpers (libs/testing) when they set up fixtures.
  { files: ['apps/api/src/demo/**/*.ts', 'libs/testing/src/**/*.ts'], rules: walls(INTO_A_LIB, RELATIVE_INTO_A_LIB) },
  {
    // The platform is infrastructure: it knows no feature lib (docs/architecture.md). The audit log and the
    // participation counters stand on the platform alone, so every lib may import them without a cycle. After the
    // walls above: a later block's options for a rule replace the earlier ones, so this one carries both.
    files: ['libs/platform/src/**/*.ts', 'libs/audit/src/**/*.ts', 'libs/activity/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts'],
    rules: walls(INTO_A_LIB, SEEDING, RELATIVE_INTO_A_LIB, STORAGE_NAMES, {
      regex: '^@trainaction/(?!platform$|contracts$)',
      message: 'libs/platform, libs/audit and libs/activity import only @trainaction/platform and @trainaction/contracts.',
    }),
  },
  prettier,
  ...svelte.configs.prettier,
);
