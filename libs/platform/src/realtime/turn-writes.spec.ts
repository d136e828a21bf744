import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Writable } from 'node:stream';
import { Server, type Socket } from 'socket.io';
import { io as connect, type Socket as ClientSocket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeOncePerTurn } from './turn-writes';

interface Harness {
  io: Server;
  clients: ClientSocket[];
  /** Socket writes (system calls) per server-side socket, counted from now. */
  countWrites: () => () => number[];
}

const open: Harness[] = [];

async function harness({ coalesce = true, clients = 3, transports = ['websocket'] } = {}): Promise<Harness> {
  const http = createServer();
  const io = new Server(http, { transports: ['websocket', 'polling'] });
  if (coalesce) writeOncePerTurn(io);
  io.on('connection', (socket) => {
    void socket.join('room');
    socket.on('say', (text: string, ack: (reply: string) => void) => {
      io.to('room').emit('said', text);
      ack(`ok ${text}`);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const sockets = await Promise.all(
    Array.from({ length: clients }, () => {
      const client = connect(url, { transports, forceNew: true, reconnection: false });
      return new Promise<ClientSocket>((resolve, reject) => client.once('connect', () => resolve(client)).once('connect_error', reject));
    }),
  );
  await until(() => io.of('/').adapter.rooms.get('room')?.size === clients);
  const countWrites = () => {
    const counts: number[] = [];
    [...io.of('/').sockets.values()].forEach((socket, i) => {
      const raw = rawSocket(socket) as Writable & { _write: (...a: unknown[]) => void; _writev?: (...a: unknown[]) => void };
      counts[i] = 0;
      for (const method of ['_write', '_writev'] as const) {
        const original = raw[method];
        if (!original) continue;
        raw[method] = (...args: unknown[]) => {
          counts[i]++;
          return original.apply(raw, args);
        };
      }
    });
    return () => counts;
  };
  const h = { io, clients: sockets, countWrites };
  open.push(h);
  return h;
}

function rawSocket(socket: Socket): Writable {
  return (socket.conn.transport as unknown as { socket: { _socket: Writable } }).socket._socket;
}

const until = (check: () => boolean) => vi.waitUntil(check, { timeout: 5000, interval: 5 });

function collect(client: ClientSocket, event: string): unknown[] {
  const received: unknown[] = [];
  client.on(event, (value: unknown) => received.push(value));
  return received;
}

afterEach(async () => {
  for (const h of open.splice(0)) {
    for (const client of h.clients) client.disconnect();
    await new Promise((resolve) => h.io.close(resolve));
  }
});

describe('writeOncePerTurn', () => {
  it('sends what one turn emits to a websocket in one write, every message in order', async () => {
    for (const coalesce of [true, false]) {
      const h = await harness({ coalesce });
      const received = h.clients.map((c) => collect(c, 'said'));
      const writes = h.countWrites();
      for (let i = 0; i < 50; i++) h.io.to('room').emit('said', i);
      await until(() => received.every((r) => r.length === 50));
      for (const r of received) expect(r).toEqual(Array.from({ length: 50 }, (_, i) => i));
      // Without it, socket.io writes each message on its own.
      expect(writes()).toEqual(coalesce ? [1, 1, 1] : [50, 50, 50]);
    }
  });

  it('coalesces after an upgrade from polling to websocket', async () => {
    const h = await harness({ clients: 2, transports: ['polling', 'websocket'] });
    await until(() => [...h.io.of('/').sockets.values()].every((s) => s.conn.transport.name === 'websocket'));
    const received = h.clients.map((c) => collect(c, 'said'));
    const writes = h.countWrites();
    for (let i = 0; i < 20; i++) h.io.to('room').emit('said', i);
    await until(() => received.every((r) => r.length === 20));
    for (const r of received) expect(r).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(writes()).toEqual([1, 1]);
  });

  it('keeps acks, write callbacks and later turns working', async () => {
    const h = await harness();
    const received = h.clients.map((c) => collect(c, 'said'));
    const replies = await Promise.all(h.clients.map((c, i) => c.emitWithAck('say', `m${i}`)));
    expect(replies).toEqual(['ok m0', 'ok m1', 'ok m2']);
    await until(() => received.every((r) => r.length === 3));

    // engine.io's write callbacks run once each message is written, in order.
    const [server] = h.io.of('/').sockets.values();
    const written: number[] = [];
    for (let i = 0; i < 3; i++) server.conn.write(`2["said","cb${i}"]`, {}, () => written.push(i));
    await until(() => written.length === 3);
    expect(written).toEqual([0, 1, 2]);
    await until(() => received[0].length === 6);
    expect(received[0].slice(3)).toEqual(['cb0', 'cb1', 'cb2']);

    for (let turn = 0; turn < 5; turn++) {
      h.io.to('room').emit('said', `turn ${turn}`);
      await new Promise((r) => setImmediate(r));
    }
    await until(() => received.every((r) => r.length >= 8));
    expect(received[1].slice(3)).toEqual(['turn 0', 'turn 1', 'turn 2', 'turn 3', 'turn 4']);
  });

  it('survives sockets closed or destroyed while their writes are held, and leaves polling clients as they are', async () => {
    const h = await harness();
    const received = h.clients.map((c) => collect(c, 'said'));
    const [first, second] = h.io.of('/').sockets.values();
    const lost = new Promise((resolve) => second.once('disconnect', resolve));
    h.io.to('room').emit('said', 'before');
    first.disconnect(true);
    rawSocket(second).destroy();
    h.io.to('room').emit('said', 'after');
    await until(() => received[2].length === 2);
    expect(received[2]).toEqual(['before', 'after']);
    await lost; // the destroyed socket's held writes fail, and socket.io sees it gone
    expect(h.io.of('/').sockets.size).toBe(1);

    const polling = await harness({ clients: 1, transports: ['polling'] });
    const viaPolling = collect(polling.clients[0], 'said');
    for (let i = 0; i < 3; i++) polling.io.to('room').emit('said', i);
    await until(() => viaPolling.length === 3);
    expect(viaPolling).toEqual([0, 1, 2]);
  });
});
