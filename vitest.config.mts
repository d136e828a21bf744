import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = Object.fromEntries(
  [
    'activity',
    'analytics',
    'audit',
    'contracts',
    'platform',
    'identity',
    'mail',
    'catalog',
    'cohorts',
    'rooms',
    'forum',
    'files',
    'moderation',
    'notifications',
    'submissions',
    'testing',
  ].map((lib) => [`@trainaction/${lib}`, resolve(root, `libs/${lib}/src`)]),
);
// The web app's own specs run from apps/web (SvelteKit reads its config from the working folder);
// scripts/test.mjs runs both and adds up the results.
// SWC keeps Nest's decorator metadata, which esbuild drops.
const server = { plugins: [swc.vite({ module: { type: 'es6' } })], resolve: { alias } };
const embeddedDb = resolve(root, 'libs/testing/src/embedded-db.setup.ts');

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        ...server,
        test: { name: 'unit', environment: 'node', include: ['libs/**/*.spec.ts', 'apps/api/src/**/*.spec.ts'] },
      },
      {
        ...server,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['libs/**/*.int-spec.ts', 'apps/api/test/**/*.e2e-spec.ts'],
          globalSetup: [embeddedDb],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...server,
        test: {
          // The middle tier: a lib's Nest module on the embedded database, its services called directly.
          name: 'service',
          environment: 'node',
          include: ['libs/**/*.service-spec.ts'],
          globalSetup: [embeddedDb],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...server,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['apps/web/e2e/**/*.e2e.ts'],
          globalSetup: [embeddedDb],
          // One product stack at a time: each seeds the demo academy, and two at once starve 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
