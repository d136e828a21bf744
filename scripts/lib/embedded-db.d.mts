import type { ChildProcess } from 'node:child_process';

export interface EmbeddedDb {
  port: number;
  uri: string;
  process: ChildProcess;
  stop(): Promise<void>;
}
export function launcherPath(root: string): string;
export function ensureLauncher(root: string): Promise<string>;
/** `indexPushdown: false` runs stock FerretDB query behaviour (the differential test's reference). */
export function startEmbeddedDb(options: {
  root: string;
  dataDir: string;
  port?: number;
  quiet?: boolean;
  indexPushdown?: boolean;
}): Promise<EmbeddedDb>;
export function stopProcess(child: ChildProcess, graceMs?: number): Promise<void>;
