import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', '.data/**', 'apps/web/**', 'bench/results/**', '**/.svelte-kit/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/**/*.spec.ts', 'libs/**/*.int-spec.ts'],
    rules: walls(INTO_A_LIB, SEEDING, RELATIVE_INTO_A_LIB, STORAGE_NAMES),
  },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/demo/**'],
    rules: walls(INTO_A_LIB, SEEDING, RELATIVE_INTO_A_LIB, STORAGE_NAMES),
  },
  // The demo academy writes in bulk through each lib's seeding entry point, and nothing else inside a lib.
  { files: ['apps/api/src/demo/**/*.ts'], rules: walls(INTO_A_LIB, RELATIVE_INTO_A_LIB) },
  prettier,
);
