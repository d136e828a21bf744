import { createServer, request, type IncomingMessage, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { warmInBursts, type BurstLimits } from '../database/warm-in-bursts';

/** The requests the API makes to itself before it listens: not logged, counted or rate-limited as people's. */
const selfRequests = new WeakSet<IncomingMessage>();

export function isWarmUpRequest(req: object): boolean {
  return selfRequests.has(req as IncomingMessage);
}

/** What the requests of a warm-up did; `failed`: a path that did not answer 2xx, with its status. */
export interface RequestsSummary {
  requests: number;
  bursts: number;
  ms: number;
  failed: string[];
}

function get(base: string, path: string, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * GETs `paths` as the bearer of `token` through `handler` (the API's Express application) on a loopback port
 * of their own, closed before the API listens, as `warmInBursts` passes: each once (a path that does not answer
 * 2xx is reported and not asked again), then all at once in bursts. The node:http client, not fetch: in-process
 * fetch left every later request of the server costing more (docs/performance.md).
 */
export async function warmUpRequests(
  handler: RequestListener,
  paths: string[],
  token: string,
  limits: BurstLimits,
): Promise<RequestsSummary> {
  const started = Date.now();
  const server = createServer((req, res) => {
    selfRequests.add(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const failed = new Map<string, number>();
  let requests = 0;
  const ask = async (i: number) => {
    if (failed.has(paths[i])) return;
    const status = await get(base, paths[i], token);
    requests += 1;
    if (status < 200 || status >= 300) failed.set(paths[i], status);
  };
  try {
    const bursts = await warmInBursts(paths.length, ask, limits);
    return { requests, bursts, ms: Date.now() - started, failed: [...failed].map(([path, status]) => `${path}: ${status}`) };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
