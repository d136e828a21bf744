import type { ChildProcess } from 'node:child_process';

export interface S3TestServer {
  /** http://127.0.0.1:<port> */
  endpoint: string;
  bucket: string;
  process: ChildProcess;
  stop(): Promise<void>;
}
export function s3ServerPath(root: string): string;
export function ensureS3Server(root: string): Promise<string>;
export function startS3Server(options: { root: string; bucket?: string; timeoutMs?: number }): Promise<S3TestServer>;
