import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDb } from '../../../scripts/lib/embedded-db.mjs';
import './database';

/**
 * Vitest global setup: one embedded database for the run, in a temporary folder, unless TEST_MONGODB_URI
 * points at a real MongoDB server.
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_MONGODB_URI) {
    project.provide('mongoServerUri', process.env.TEST_MONGODB_URI.replace(/\/+$/, ''));
    return undefined;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'trainaction-test-db-'));
  const db = await startEmbeddedDb({ root: resolve(__dirname, '../../..'), dataDir });
  project.provide('mongoServerUri', db.uri);
  return async () => {
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
