// The orchestrator's end of bench/load/socket-load.mjs: one command at a time, answered with its result.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stopProcess } from '../../scripts/lib/embedded-db.mjs';

export function startLoadGenerator(root) {
  // With BENCH_TRACE_GC=1 its collections too (bench/results/profiles/gc-load-<pid>.log): a pause here delays
  // every copy it receives meanwhile, whichever server sent it.
  const traceGc = Boolean(process.env.BENCH_TRACE_GC);
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=4096', ...(traceGc ? ['--trace-gc'] : []), join(root, 'bench', 'load', 'socket-load.mjs')],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  if (traceGc) {
    const dir = join(root, 'bench', 'results', 'profiles');
    mkdirSync(dir, { recursive: true });
    child.stdout.pipe(createWriteStream(join(dir, `gc-load-${child.pid}.log`)));
  }
  const waiting = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('DONE ')) waiting.shift()?.resolve(JSON.parse(line.slice(5)));
  });
  child.once('exit', (code) => waiting.splice(0).forEach((w) => w.reject(new Error(`the load generator exited (${code})`))));
  return {
    pid: child.pid,
    call(command, args) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(JSON.stringify({ command, ...args }) + '\n');
      });
    },
    stop: () => {
      child.stdin.end();
      return stopProcess(child);
    },
  };
}
