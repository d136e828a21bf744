import express from 'express';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { AppLogger } from '../logging/app-logger';
import { isWarmUpRequest, warmUpRequests } from './warm-up-requests';

const LIMITS = { rounds: 3, budgetMs: 5_000, slowMs: 1_000 };

/** An application that records what it was asked, as whom, and whether it knew the request as a warm-up's. */
function app(delayMs = 0) {
  const asked: { path: string; auth?: string; warmUp: boolean }[] = [];
  const lines: Record<string, unknown>[] = [];
  const log = new AppLogger({ logLevel: 'info' } as AppConfig, { write: (line: string) => lines.push(JSON.parse(line)) });
  const handler = express();
  handler.use(log.http);
  handler.get('/api/ok/{*rest}', (req, res) => {
    asked.push({ path: req.path, auth: req.headers.authorization, warmUp: isWarmUpRequest(req) });
    setTimeout(() => res.json({ ok: true }), delayMs);
  });
  handler.get('/api/forbidden', (_req, res) => void res.status(403).json({}));
  return { handler, asked, lines };
}

describe('warmUpRequests', () => {
  it('asks each path once, then in bursts of all at once, as the token’s bearer, unlogged and known as its own', async () => {
    const { handler, asked, lines } = app();
    const summary = await warmUpRequests(handler, ['/api/ok/a', '/api/ok/b?x=1'], 'the-token', LIMITS);
    expect(summary).toMatchObject({ requests: 8, bursts: 3, failed: [] });
    expect(asked.map((a) => a.path)).toEqual(['/api/ok/a', '/api/ok/b', ...Array(6).fill(expect.stringMatching(/^\/api\/ok\/[ab]$/))]);
    expect(asked.every((a) => a.auth === 'Bearer the-token' && a.warmUp)).toBe(true);
    expect(lines).toEqual([]); // the request log leaves them out
  });

  it('reports a path that does not answer 2xx and leaves it out of the bursts', async () => {
    const { handler, asked } = app();
    const summary = await warmUpRequests(handler, ['/api/forbidden', '/api/missing', '/api/ok/a'], 't', LIMITS);
    expect(summary.failed).toEqual(['/api/forbidden: 403', '/api/missing: 404']);
    expect(summary).toMatchObject({ requests: 6, bursts: 3 });
    expect(asked).toHaveLength(4);
  });

  it('stops at the first request slower than slowMs (a database that scans), before any burst', async () => {
    const { handler, asked } = app(80);
    const summary = await warmUpRequests(handler, ['/api/ok/a', '/api/ok/b'], 't', { ...LIMITS, slowMs: 50 });
    expect(summary).toMatchObject({ requests: 1, bursts: 0 });
    expect(asked).toHaveLength(1);
  });

  it('does not know other requests as its own', async () => {
    const { handler, asked } = app();
    const server = handler.listen(0);
    try {
      const { port } = server.address() as { port: number };
      await (await fetch(`http://127.0.0.1:${port}/api/ok/a`)).text();
    } finally {
      server.close();
    }
    expect(asked).toEqual([{ path: '/api/ok/a', warmUp: false }]);
  });
});
