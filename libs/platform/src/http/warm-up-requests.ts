import { createServer, request, type IncomingMessage, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BurstLimits } from '../database/warm-up';

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
 * of their own, closed before the API listens: first one by one (a path that does not answer 2xx is reported,
 * and left out of the bursts; any request slower than `limits.slowMs` ends it, as in `warmInBursts`), then all at once in
 * bursts. The node:http client, not fetch: in-process fetch left every later request of the server costing more
 * (docs/performance.md).
 */
export async function warmUpRequests(
  handler: RequestListener,
  paths: string[],
  token: string,
  limits: BurstLimits,
): Promise<RequestsSummary> {
  const started = Date.now();
  const summary: RequestsSummary = { requests: 0, bursts: 0, ms: 0, failed: [] };
  const server = createServer((req, res) => {
    selfRequests.add(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const failed = new Set<string>();
  const ask = async (path: string) => {
    const status = await get(base, path, token);
    summary.requests += 1;
    const ok = status >= 200 && status < 300;
    if (!ok) failed.add(`${path}: ${status}`);
    return ok;
  };
  try {
    const answered: string[] = [];
    for (const path of paths) {
      const asked = Date.now();
      if (await ask(path)) answered.push(path);
      if (Date.now() - asked > limits.slowMs) return summary;
    }
    while (answered.length && summary.bursts < limits.rounds && Date.now() - started < limits.budgetMs) {
      await Promise.all(answered.map(ask));
      summary.bursts += 1;
    }
    return summary;
  } finally {
    await new Promise((resolve) => server.close(resolve));
    Object.assign(summary, { ms: Date.now() - started, failed: [...failed] });
  }
}
