// Where `npm run bench` and `npm run test:load` write a run's raw results. By default under .cache/bench-results
// (not committed): most runs are experiments, summarised in docs/performance.md. BENCH_RECORD=1 writes to
// bench/results/ instead, for the run that becomes the record docs/performance.md links to.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const isRecordRun = () => process.env.BENCH_RECORD === '1';

/** The folder for this run's raw results (created), given the repository root. */
export function resultsDir(root) {
  const dir = isRecordRun() ? join(root, 'bench', 'results') : join(root, '.cache', 'bench-results');
  mkdirSync(dir, { recursive: true });
  return dir;
}
