import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchemathesis } from '../../../scripts/lib/schemathesis.mjs';
import { startApi, type RunningApi } from './api-harness';
import { anAcademy, type Academy } from './onboarding-fixtures';

/**
 * The outside fuzzer: schemathesis reads the API's own OpenAPI document, sends generated valid and invalid
 * requests to every operation (signed in as an admin, so the protected routes answer past their guard) and
 * checks each answer: no 5xx, a status the document declares, a body its schema accepts. Any finding fails.
 * SCHEMATHESIS_EXAMPLES and SCHEMATHESIS_SEED change the run (defaults: 25 per operation, a fixed seed).
 */
const root = resolve(__dirname, '../../..');
const examples = process.env.SCHEMATHESIS_EXAMPLES ?? '25';
const seed = process.env.SCHEMATHESIS_SEED ?? '20261205';

let api: RunningApi;
let st: string;
let reportDir: string;
let academy: Academy;

beforeAll(async () => {
  st = await ensureSchemathesis(root);
  // The fuzzer's requests should reach the routes, not the per-minute limit (429s are declared either way).
  api = await startApi('schemathesis', { RATE_LIMIT_PER_MINUTE: '1000000' });
  // Something to list, so list answers carry items for the schema check.
  academy = await anAcademy(api, 'fuzz');
  reportDir = mkdtempSync(join(tmpdir(), 'trainaction-schemathesis-'));
  // Random ids only reach "not found": the cohort's and the course's routes get the real ones (schemathesis.toml
  // in the working folder, which `st` reads), so their answers are checked past the lookup too.
  writeFileSync(
    join(reportDir, 'schemathesis.toml'),
    [
      '[[operations]]',
      `include-path-regex = '^/api/cohorts/\\{id\\}'`,
      `parameters = { "path.id" = "${academy.cohort.id}" }`,
      '[[operations]]',
      `include-path-regex = '^/api/courses/\\{(id|slug)\\}'`,
      `parameters = { "path.id" = "${academy.course.id}", "path.slug" = "${academy.course.slug}" }`,
      '',
    ].join('\n'),
  );
}, 600_000);
afterAll(async () => {
  await api?.close();
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
});

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: reportDir, env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => done({ code: code ?? 1, output }));
  });
}

describe('the REST contract under an outside fuzzer (schemathesis)', () => {
  it('finds no server error, no undeclared status and no answer outside its schema', async () => {
    const admin = await api.signUp('admin');
    const result = await run(st, [
      'run',
      `${api.url}/api/docs-json`,
      '--checks',
      'not_a_server_error,status_code_conformance,response_schema_conformance',
      '--header',
      `Authorization: Bearer ${admin.token}`,
      '--max-examples',
      examples,
      '--seed',
      seed,
      '--phases',
      'examples,coverage,fuzzing',
      // One worker: with two, hypothesis parses lambdas' source in two threads at once, and CPython 3.11's ast
      // module then fails now and then ("AST constructor recursion depth mismatch"), a crash of the tool itself.
      '--workers',
      '1',
      '--request-timeout',
      '20',
      '--no-shrink',
      '--suppress-health-check',
      'all',
    ]);
    console.log(result.output);
    expect(result.output).toMatch(/operations? (tested|passed)|Test cases:/i);
    expect(result.code).toBe(0);
  }, 300_000);
});
