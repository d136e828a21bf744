import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  prettier,
);
