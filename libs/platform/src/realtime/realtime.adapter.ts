import type { IncomingMessage } from 'node:http';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import type { ClientToServerEvents, ServerToClientEvents } from '@trainaction/contracts';
import { userRoom } from '@trainaction/contracts';
import { Redis } from 'ioredis';
import { isObservable, lastValueFrom } from 'rxjs';
import type { Server, ServerOptions, Socket } from 'socket.io';
import { AccessTokenService } from '../auth/access-token.service';
import type { AuthUser } from '../auth/auth-user';
import { SubjectRevocations } from '../auth/subject-revocations';
import { AppConfig } from '../config/app-config';
import { CacheBus } from '../cache-bus/cache-bus';
import { isAllowedOrigin } from '../http/origin';
import { Metrics } from '../metrics/metrics';
import { writeOncePerTurn } from './turn-writes';

export interface SocketData {
  user: AuthUser;
}

type Handler = (data: unknown, ack: unknown) => unknown;

/** A handler's result as Nest would deliver it: awaited, and an observable's last value (without rxjs per event). */
async function settle(result: unknown): Promise<unknown> {
  const value = await result;
  return isObservable(value) ? lastValueFrom(value, { defaultValue: undefined }) : value;
}

const SESSION_ENDED = 'The session has ended; sign in again';

/** Answers the event (if it wants an answer), tells the client its sign-in is over, and closes the socket. */
function refuse(socket: Socket, reason: string, ack?: unknown): void {
  if (typeof ack === 'function')
    (ack as (reply: unknown) => void)({ ok: false, error: { code: 'UNAUTHENTICATED', message: SESSION_ENDED } });
  socket.emit('session:revoked', { reason });
  socket.disconnect(true);
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * socket.io for the whole app: websocket first, same-origin handshakes only, access token checked before
 * the connection is accepted, and the Redis adapter between API nodes when REDIS_URL is set.
 */
export class RealtimeAdapter extends IoAdapter {
  private readonly logger = new Logger('Realtime');
  private readonly config: AppConfig;
  private readonly tokens: AccessTokenService;
  private readonly caches: CacheBus;
  private readonly revocations: SubjectRevocations;
  private readonly metrics: Metrics;
  private redisClients: Redis[] = [];
  private stopWatchingRevocations?: () => void;

  constructor(app: INestApplicationContext) {
    super(app);
    this.config = app.get(AppConfig);
    this.tokens = app.get(AccessTokenService);
    this.caches = app.get(CacheBus);
    this.revocations = app.get(SubjectRevocations);
    this.metrics = app.get(Metrics);
  }

  override createIOServer(port: number, options?: ServerOptions): AppServer {
    const server: AppServer = super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      transports: ['websocket', 'polling'],
      maxHttpBufferSize: 256 * 1024,
      pingInterval: 20_000,
      pingTimeout: 20_000,
      allowRequest: (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) =>
        callback(null, isAllowedOrigin(req, this.config)),
    });

    writeOncePerTurn(server);
    this.metrics.countSocketsWith(() => server.engine?.clientsCount ?? 0);

    if (this.config.redisUrl) {
      const pub = new Redis(this.config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: null });
      const sub = pub.duplicate();
      for (const client of [pub, sub]) client.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
      // Invalidations sent while this node was cut off from Redis were missed: start the caches afresh.
      sub.on('ready', () => this.caches.dropAll());
      this.redisClients = [pub, sub];
      server.adapter(createAdapter(pub, sub));
      this.caches.connect(server as unknown as Server);
      this.logger.log('socket.io uses the Redis adapter');
    }

    // Sockets that send nothing are closed too, by each node for its own sockets: no timer per socket.
    this.stopWatchingRevocations?.();
    this.stopWatchingRevocations = this.revocations.onRevoked((userIds) => this.closeRevoked(server, userIds));

    server.use((socket: AppSocket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      try {
        if (typeof token !== 'string' || token.length === 0 || token.length > 4096) throw new Error();
        const user = this.tokens.verify(token);
        socket.data.user = user;
        delete (socket.handshake.auth as { token?: string }).token; // not needed again: ~0.4 KiB less per connection
        void socket.join(userRoom(user.id));
        this.metrics.socketOpened();
        next();
      } catch {
        next(new Error('UNAUTHENTICATED'));
      }
    });
    return server;
  }

  /**
   * One shared dispatcher per socket instead of Nest's rxjs pipeline per event per socket, which cost about
   * 90 KiB per connection with this app's two dozen events (docs/performance.md). Same behaviour: the
   * handler's settled result is the ack; a `{ event, data }` result is emitted instead.
   */
  override bindMessageHandlers(socket: Socket, handlers: MessageMappingProperties[]): void {
    let own = this.handlersOf.get(socket);
    if (!own) {
      own = new Array<Handler>(this.slots.size); // exact size after the first socket
      this.handlersOf.set(socket, own);
      socket.onAny(this.dispatch);
    }
    for (const { message, callback, isAckHandledManually } of handlers) {
      const event = message as string;
      let slot = this.slots.get(event);
      if (slot === undefined) this.slots.set(event, (slot = this.slots.size));
      own[slot] = callback;
      if (isAckHandledManually) this.manualAck.add(event);
    }
  }

  /**
   * Nest binds a disconnect listener per gateway per socket, for gateways' `handleDisconnect`. No gateway
   * here has one (apps/api/src/gateways.spec.ts checks): presence follows the adapter's 'leave-room' event
   * instead. Not binding them saves six closures and listeners per connection (one per gateway).
   */
  override bindClientDisconnect(): void {}

  /** Each event's place in every socket's handler array (an array per socket is a tenth of a Map's size). */
  private readonly slots = new Map<string, number>();
  private readonly handlersOf = new WeakMap<Socket, Handler[]>();
  private readonly manualAck = new Set<string>();

  /** Called by socket.io with the socket as `this` for every incoming event (the ack, if any, comes last). */
  private readonly dispatch = ((adapter: RealtimeAdapter) =>
    function (this: Socket, event: string, ...args: unknown[]): void {
      // Every event, so a revocation holds even before the socket is closed (a handler never sees it).
      const revoked = adapter.revocations.reasonFor((this.data as SocketData).user);
      if (revoked) return refuse(this, revoked, args.at(-1));
      const slot = adapter.slots.get(event);
      const callback = slot === undefined ? undefined : adapter.handlersOf.get(this)?.[slot];
      adapter.metrics.socketEvent(callback ? event : 'unknown');
      if (!callback) return;
      const { data, ack } = adapter.mapPayload(args.length <= 1 ? args[0] : args);
      settle(callback(data, ack)).then(
        (response) => {
          if (response === undefined || response === null) return;
          const emitted = response as { event?: string; data?: unknown };
          if (emitted.event) this.emit(emitted.event, emitted.data);
          else if (!adapter.manualAck.has(event) && typeof ack === 'function') (ack as (reply: unknown) => void)(response);
        },
        (error: unknown) => adapter.logger.error(`socket event ${event} failed: ${String(error)}`),
      );
    })(this);

  /** This node's sockets of these people whose token is now revoked (their other sign-ins stay). */
  private closeRevoked(server: AppServer, userIds: string[]): void {
    for (const userId of userIds) {
      const ids = server.sockets.adapter.rooms.get(userRoom(userId));
      for (const id of ids ? [...ids] : []) {
        const socket = server.sockets.sockets.get(id);
        const revoked = socket && this.revocations.reasonFor(socket.data.user);
        if (revoked) refuse(socket, revoked);
      }
    }
  }

  override async close(server: AppServer): Promise<void> {
    this.stopWatchingRevocations?.();
    await super.close(server);
    // quit() waits for a reply, which never comes while Redis is down (the client keeps retrying): drop instead.
    await Promise.all(this.redisClients.map((c) => (c.status === 'ready' ? c.quit().catch(() => c.disconnect()) : c.disconnect())));
  }
}
