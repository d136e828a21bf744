import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { Socket as TcpSocket, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Ack, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import type { Connection } from 'mongoose';
import { Server, type Socket } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccessTokenService } from '../auth/access-token.service';
import type { AuthUser } from '../auth/auth-user';
import { RevocationList } from '../auth/revocation-list';
import { SubjectRevocations } from '../auth/subject-revocations';
import { CacheBus } from '../cache-bus/cache-bus';
import { AppConfig } from '../config/app-config';
import { Metrics } from '../metrics/metrics';
import { RealtimeAdapter } from './realtime.adapter';
import { isOfLine, SOCKET_STACK_WRITTEN_FOR } from './socket-internals';

/** The installed package `name` as `from` loads it: its package.json's path and version. */
function installed(from: string, name: string): { file: string; version: string } {
  let dir = dirname(createRequire(from).resolve(name));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return { file, version: pkg.version };
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of ${name} above ${from}`);
    dir = dirname(dir);
  }
}

const closers: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

const until = (check: () => boolean) => vi.waitUntil(check, { timeout: 5000, interval: 5 });

async function client(url: string, auth: Record<string, string> = {}): Promise<ClientSocket> {
  const socket = connect(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
  closers.push(() => void socket.disconnect());
  await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
  return socket;
}

/** A bare socket.io server on a free port. */
async function bareServer(): Promise<{ io: Server; url: string }> {
  const http = createServer();
  const io = new Server(http, { transports: ['websocket'] });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => io.close(resolve)));
  return { io, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

/** What turn-writes.ts reads and writes of an engine.io socket. */
interface EngineSocket {
  transport: { name: string; writable: boolean; socket?: { _socket?: unknown } };
}

describe('the socket stack this code was written for', () => {
  it('is installed in the lines socket-internals.ts names (the copies socket.io itself loads)', () => {
    const socketIo = installed(__filename, 'socket.io');
    const engineIo = installed(socketIo.file, 'engine.io');
    const versions: Record<keyof typeof SOCKET_STACK_WRITTEN_FOR, string> = {
      'socket.io': socketIo.version,
      'engine.io': engineIo.version,
      ws: installed(engineIo.file, 'ws').version,
      '@nestjs/websockets': installed(__filename, '@nestjs/websockets').version,
      '@nestjs/platform-socket.io': installed(__filename, '@nestjs/platform-socket.io').version,
    };
    for (const [name, version] of Object.entries(versions)) {
      const line = SOCKET_STACK_WRITTEN_FOR[name as keyof typeof versions];
      expect(isOfLine(version, line), `${name} ${version} is not of ${line}: check libs/platform/src/realtime/README.md`).toBe(true);
    }
  });

  it('compares versions with lines', () => {
    expect(isOfLine('6.6.13', '6.6.x')).toBe(true);
    expect(isOfLine('6.7.0', '6.6.x')).toBe(false);
    expect(isOfLine('16.6.0', '6.6.x')).toBe(false);
    expect(isOfLine('8.23.0', '8.x')).toBe(true);
    expect(isOfLine('9.0.0-rc.1', '8.x')).toBe(false);
  });
});

describe('engine.io and ws internals (turn-writes.ts)', () => {
  it("emits 'flush' and 'drain' with the engine socket, whose websocket transport has a writable flag and a TCP socket", async () => {
    const { io, url } = await bareServer();
    await client(url);
    const [socket] = io.of('/').sockets.values();
    const flushed = new Promise<unknown[]>((resolve) => io.engine.once('flush', (...args: unknown[]) => resolve(args)));
    const drained = new Promise<unknown>((resolve) => io.engine.once('drain', resolve));
    socket.emit('hello', 1);
    const [flushedSocket, batch] = await flushed;
    expect(flushedSocket).toBe(socket.conn);
    expect(batch).toHaveLength(1);
    expect(await drained).toBe(socket.conn);
    const { transport } = socket.conn as unknown as EngineSocket;
    expect(transport.name).toBe('websocket');
    expect(typeof transport.writable).toBe('boolean');
    const tcp = transport.socket?._socket;
    expect(tcp).toBeInstanceOf(TcpSocket);
    expect((tcp as TcpSocket).writableCorked).toBe(0);
  });

  it('holds packets while the transport is not writable and sends them all once it is writable again', async () => {
    const { io, url } = await bareServer();
    const receiver = await client(url);
    const received: string[] = [];
    receiver.on('said', (text: string) => received.push(text));
    const [socket] = io.of('/').sockets.values();
    const { transport } = socket.conn as unknown as EngineSocket;
    transport.writable = false;
    socket.emit('said', 'held');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toEqual([]);
    transport.writable = true; // what turn-writes.ts does at 'drain' while the TCP socket is corked
    socket.emit('said', 'next');
    await until(() => received.length === 2);
    expect(received).toEqual(['held', 'next']);
  });
});

describe('socket.io internals (realtime.adapter.ts, realtime.publisher.ts, libs/rooms presence)', () => {
  it("counts connections, keeps rooms as sets of socket ids, finds sockets by id, and says 'leave-room' on disconnect", async () => {
    const { io, url } = await bareServer();
    const [first] = [await client(url), await client(url)];
    expect(io.engine.clientsCount).toBe(2);
    const sockets: Socket[] = [...io.of('/').sockets.values()];
    for (const socket of sockets) await socket.join('room');
    const members = io.sockets.adapter.rooms.get('room');
    expect(members).toBeInstanceOf(Set);
    expect([...members!].sort()).toEqual(sockets.map((s) => s.id).sort());
    for (const socket of sockets) expect(io.sockets.sockets.get(socket.id)).toBe(socket);

    const left: [string, string][] = [];
    io.sockets.adapter.on('leave-room', (room: string, id: string) => left.push([room, id]));
    const leaving = sockets.find((s) => s.id === first.id)!;
    first.disconnect();
    await until(() => left.some(([room]) => room === 'room'));
    expect(left).toContainEqual(['room', leaving.id]);
    await until(() => io.engine.clientsCount === 1);
    expect(io.sockets.adapter.rooms.get('room')?.size).toBe(1);
  });
});

@WebSocketGateway()
class FirstGateway {
  @SubscribeMessage('first')
  first(@MessageBody() body: unknown) {
    return { got: body };
  }

  @SubscribeMessage('first:emit')
  emitted() {
    return { event: 'first:emitted', data: 'emitted' };
  }
}

@WebSocketGateway()
class SecondGateway {
  @SubscribeMessage('second:manual')
  manual(@MessageBody() body: unknown, @Ack() ack: (reply: unknown) => void) {
    setTimeout(() => ack({ manual: body }), 30);
    return { ignored: true }; // with @Ack() the handler answers (later here): this result must not be the answer
  }
}

describe("Nest's adapter contract (realtime.adapter.ts' shared dispatcher)", () => {
  it('binds every gateway of a connection through bindMessageHandlers, with manual acks marked', async () => {
    const revocations = new RevocationList();
    const bound: { message: string; isAckHandledManually: boolean }[][] = [];
    class RecordingAdapter extends RealtimeAdapter {
      override bindMessageHandlers(socket: Socket, handlers: Parameters<RealtimeAdapter['bindMessageHandlers']>[1]): void {
        bound.push(handlers.map(({ message, isAckHandledManually }) => ({ message: String(message), isAckHandledManually })));
        super.bindMessageHandlers(socket, handlers);
      }
    }
    const moduleRef = await Test.createTestingModule({
      providers: [
        FirstGateway,
        SecondGateway,
        { provide: AppConfig, useValue: { allowedOrigins: [] } },
        {
          provide: AccessTokenService,
          useValue: { verify: (token: string): AuthUser => ({ id: token, role: 'learner', sessionId: 's1', issuedAt: 1 }) },
        },
        { provide: CacheBus, useValue: new CacheBus() },
        {
          provide: SubjectRevocations,
          useValue: { reasonFor: (user: AuthUser) => revocations.reasonFor(user), onRevoked: () => () => {} },
        },
        { provide: Metrics, useValue: new Metrics({ getClient: () => new EventEmitter() } as unknown as Connection) },
      ],
    }).compile();
    const app: INestApplication = moduleRef.createNestApplication({ logger: false });
    app.useWebSocketAdapter(new RecordingAdapter(app));
    await app.listen(0, '127.0.0.1');
    closers.push(() => app.close());
    const socket = await client(await app.getUrl(), { token: 'ana' });

    expect(await socket.timeout(2000).emitWithAck('first', { a: 1 })).toEqual({ got: { a: 1 } });
    const emitted = new Promise((resolve) => socket.once('first:emitted', resolve));
    socket.emit('first:emit', {});
    expect(await emitted).toBe('emitted');
    const replies: unknown[] = [];
    socket.emit('second:manual', 'x', (reply: unknown) => replies.push(reply));
    await until(() => replies.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replies).toEqual([{ manual: 'x' }]);

    expect(bound.map((handlers) => handlers.map((h) => h.message)).sort()).toEqual([['first', 'first:emit'], ['second:manual']]);
    expect(bound.flat().find((h) => h.message === 'second:manual')?.isAckHandledManually).toBe(true);
    expect(bound.flat().find((h) => h.message === 'first')?.isAckHandledManually).toBe(false);
  });
});
