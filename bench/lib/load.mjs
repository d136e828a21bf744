// The orchestrator's end of bench/load/socket-load.mjs: one command at a time, answered with its result.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stopProcess } from '../../scripts/lib/embedded-db.mjs';

export function startLoadGenerator(root) {
  const child = spawn(process.execPath, ['--max-old-space-size=4096', join(root, 'bench', 'load', 'socket-load.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
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
