import { describe, expect, it, vi } from 'vitest';
import { RealtimeConnection, type AppSocket } from './socket.svelte';

type Handler = (...args: unknown[]) => void;

/** Just enough of a socket.io client socket to drive the connection's decisions. */
class FakeSocket {
  handlers = new Map<string, Handler[]>();
  connects = 0;
  disconnected = false;
  constructor(public readonly options: { auth: (cb: (data: object) => void) => void }) {}
  on(event: string, handler: Handler) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  emitLocal(event: string, ...args: unknown[]) {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
  connect() {
    this.connects += 1;
    return this;
  }
  disconnect() {
    this.disconnected = true;
    return this;
  }
  removeAllListeners() {
    this.handlers.clear();
    return this;
  }
  handshakeAuth(): Promise<object> {
    return new Promise((resolve) => this.options.auth(resolve));
  }
}

function setup(fetchToken: () => Promise<string | null>) {
  const sockets: FakeSocket[] = [];
  const onSignedOut = vi.fn();
  const sut = new RealtimeConnection({
    url: 'http://web.test',
    fetchToken,
    onSignedOut,
    createSocket: (_url, options) => {
      const socket = new FakeSocket(options as never);
      sockets.push(socket);
      return socket as unknown as AppSocket;
    },
  });
  return { sut, sockets, onSignedOut };
}

describe(RealtimeConnection.name, () => {
  it('uses the token from the page for the first handshake and a fresh one afterwards', async () => {
    const fetchToken = vi.fn(async () => 'fresh-token');
    const { sut, sockets } = setup(fetchToken);

    sut.connect('page-token', 'u1');
    expect(await sockets[0].handshakeAuth()).toEqual({ token: 'page-token' });
    expect(await sockets[0].handshakeAuth()).toEqual({ token: 'fresh-token' });
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it('reports connected and keeps one socket when only the token changes', () => {
    const { sut, sockets } = setup(async () => 'x');
    sut.connect('t1', 'u1');
    sockets[0].emitLocal('connect');
    expect(sut.status).toBe('connected');
    sut.connect('t2', 'u1');
    expect(sockets).toHaveLength(1);
    sut.connect('t3', 'u2');
    expect(sockets).toHaveLength(2);
    expect(sockets[0].disconnected).toBe(true);
  });

  it('gets a new token and reconnects when the handshake is refused as UNAUTHENTICATED', async () => {
    const { sut, sockets, onSignedOut } = setup(async () => 'renewed');
    sut.connect('expired', 'u1');
    sockets[0].emitLocal('connect_error', new Error('UNAUTHENTICATED'));
    await vi.waitFor(() => expect(sockets[0].connects).toBe(1));
    expect(await sockets[0].handshakeAuth()).toEqual({ token: 'renewed' });
    expect(onSignedOut).not.toHaveBeenCalled();
  });

  it('signs out when no token can be had any more', async () => {
    const { sut, sockets, onSignedOut } = setup(async () => null);
    sut.connect('expired', 'u1');
    sockets[0].emitLocal('connect_error', new Error('UNAUTHENTICATED'));
    await vi.waitFor(() => expect(onSignedOut).toHaveBeenCalledTimes(1));
    expect(sut.status).toBe('signed-out');
  });

  it('leaves for the sign-in page once when the server revokes the session', () => {
    const { sut, sockets, onSignedOut } = setup(async () => 'x');
    sut.connect('t1', 'u1');
    sockets[0].emitLocal('session:revoked', { reason: 'logout' });
    sockets[0].emitLocal('session:revoked', { reason: 'logout' });
    expect(onSignedOut).toHaveBeenCalledTimes(1);
    expect(sockets[0].disconnected).toBe(true);
  });
});
