import express from 'express';
import { describe, expect, it } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { AppLogger } from './app-logger';

function logger(level = 'trace') {
  const lines: Record<string, unknown>[] = [];
  const log = new AppLogger({ logLevel: level } as AppConfig, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

describe('AppLogger', () => {
  it('writes Nest’s calls as pino lines: level, message, the last parameter as context', () => {
    const { log, lines } = logger();
    log.log('listening on %d', 3000, 'Bootstrap');
    log.warn('slow', 'Jobs');
    log.verbose('detail');
    expect(lines.map(({ level, msg, context }) => ({ level, msg, context }))).toEqual([
      { level: 30, msg: 'listening on 3000', context: 'Bootstrap' },
      { level: 40, msg: 'slow', context: 'Jobs' },
      { level: 10, msg: 'detail', context: undefined },
    ]);
  });

  it('merges an object message, logs an Error as err, and reads Nest’s (message, stack) error contract', () => {
    const { log, lines } = logger();
    log.error({ requestId: 'r1', err: new Error('boom') }, 'GET /api/x failed', 'Errors');
    log.error(new Error('lost'), 'Jobs');
    log.error('Unhandled', 'Error: Unhandled\n    at handler (x.js:1:1)', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ level: 50, requestId: 'r1', msg: 'GET /api/x failed', context: 'Errors', err: { message: 'boom' } });
    expect(lines[1]).toMatchObject({ level: 50, context: 'Jobs', err: { message: 'lost' } });
    expect(lines[2]).toMatchObject({
      level: 50,
      context: 'ExceptionsHandler',
      err: { message: 'Unhandled', stack: expect.stringContaining('at handler') },
    });
  });

  it('writes nothing below its level', () => {
    const { log, lines } = logger('warn');
    log.log('quiet');
    log.debug('quieter');
    log.warn('heard');
    expect(lines.map((l) => l.msg)).toEqual(['heard']);
  });

  it('logs each request with its id, method and path: no query, no header, not /api/health', async () => {
    const { log, lines } = logger('info');
    const app = express();
    app.use((req, _res, next) => {
      (req as { id?: string }).id = 'req-1';
      next();
    });
    app.use(log.http);
    app.get('/api/{*path}', (_req, res) => void res.json({ ok: true }));
    const server = app.listen(0);
    const { port } = server.address() as { port: number };
    try {
      const headers = { authorization: 'Bearer secret-token', cookie: 'refresh=secret' };
      await (await fetch(`http://127.0.0.1:${port}/api/health`, { headers })).text();
      await (await fetch(`http://127.0.0.1:${port}/api/rooms?q=private`, { headers })).text();
    } finally {
      server.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, req: { id: 'req-1', method: 'GET', url: '/api/rooms' }, res: { statusCode: 200 } });
    expect(JSON.stringify(lines)).not.toMatch(/secret|private/);
  });
});
