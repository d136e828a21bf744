import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccessTokenService } from '../auth/access-token.service';
import type { AuthUser } from '../auth/auth-user';
import { RevocationList, type Revocation } from '../auth/revocation-list';
import { SubjectRevocations } from '../auth/subject-revocations';
import { AppConfig } from '../config/app-config';
import { CacheBus } from '../cache-bus/cache-bus';
import { RealtimeAdapter, type AppServer } from './realtime.adapter';
import type { Connection } from 'mongoose';
import { Metrics } from '../metrics/metrics';

/** The revocations as the adapter sees them; `tell` is what a refresh bringing new entries does. */
class Revocations {
  list = new RevocationList();
  private listener?: (userIds: string[]) => void;
  reasonFor = (user: AuthUser) => this.list.reasonFor(user);
  onRevoked = (listener: (userIds: string[]) => void) => ((this.listener = listener), () => (this.listener = undefined));
  tell(r: Revocation) {
    this.list.add(r);
    this.listener?.([r.userId]);
  }
}

interface Running {
  url: string;
  revocations: Revocations;
  whoami: ReturnType<typeof vi.fn>;
  close(): Promise<void>;
}

const running: Running[] = [];
const clients: ClientSocket[] = [];

/** The adapter on a plain http server; a token is `<userId>:<sessionId>`, and one event is bound. */
async function start(): Promise<Running> {
  const revocations = new Revocations();
  const tokens = {
    verify: (token: string): AuthUser => ({ id: token.split(':')[0], role: 'learner', sessionId: token.split(':')[1], issuedAt: 1 }),
  };
  const deps = new Map<unknown, unknown>([
    [AppConfig, { allowedOrigins: [] }],
    [AccessTokenService, tokens],
    [CacheBus, {}],
    [SubjectRevocations, revocations],
    // Its database hook runs at module init, which this spec does not reach.
    [Metrics, new Metrics({} as Connection)],
  ]);
  const http: HttpServer = createServer();
  const adapter = new RealtimeAdapter(
    Object.assign(http, { get: (type: unknown) => deps.get(type) }) as unknown as INestApplicationContext,
  );
  const server: AppServer = adapter.createIOServer(0);
  const whoami = vi.fn(async () => ({ ok: true }));
  server.on('connection', (socket) =>
    adapter.bindMessageHandlers(socket, [
      { message: 'session:whoami', callback: whoami, methodName: 'whoami', isAckHandledManually: false },
    ]),
  );
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const r = { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, revocations, whoami, close: () => adapter.close(server) };
  running.push(r);
  return r;
}

async function client(url: string, token: string): Promise<ClientSocket> {
  const socket = connect(url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
  return socket;
}

function closing(socket: ClientSocket): Promise<{ revoked?: unknown; reason: string }> {
  let revoked: unknown;
  socket.once('session:revoked', (payload) => (revoked = payload));
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve({ revoked, reason })));
}

afterEach(async () => {
  clients.splice(0).forEach((c) => c.disconnect());
  await Promise.all(running.splice(0).map((r) => r.close()));
});

describe('RealtimeAdapter and revoked sign-ins', () => {
  it('runs the handler of an event from a sign-in that is not revoked', async () => {
    const { url, whoami } = await start();
    const socket = await client(url, 'ana:s1');
    expect(await socket.timeout(2000).emitWithAck('session:whoami', {})).toEqual({ ok: true });
    expect(whoami).toHaveBeenCalledOnce();
  });

  it('answers an event of a revoked sign-in UNAUTHENTICATED without running its handler, then says session:revoked and closes the socket', async () => {
    const { url, revocations, whoami } = await start();
    const socket = await client(url, 'ana:s1');
    const closed = closing(socket);
    revocations.list.add({ userId: 'ana', sessionId: 's1', reason: 'signed_out' }); // not yet swept
    expect(await socket.timeout(2000).emitWithAck('session:whoami', {})).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: expect.any(String) },
    });
    expect(await closed).toEqual({ revoked: { reason: 'signed_out' }, reason: 'io server disconnect' });
    expect(whoami).not.toHaveBeenCalled();
  });

  it('closes, when told of new revocations, the sockets they cover and no others of the person', async () => {
    const { url, revocations } = await start();
    const phone = await client(url, 'ana:s1');
    const laptop = await client(url, 'ana:s2');
    const closed = closing(phone);
    revocations.tell({ userId: 'ana', sessionId: 's1', reason: 'token_reused' });
    expect(await closed).toEqual({ revoked: { reason: 'token_reused' }, reason: 'io server disconnect' });
    expect(await laptop.timeout(2000).emitWithAck('session:whoami', {})).toEqual({ ok: true });
  });
});
