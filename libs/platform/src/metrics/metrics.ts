import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { NextFunction, Request, Response } from 'express';
import type { Connection } from 'mongoose';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isWarmUpRequest } from '../http/warm-up-requests';

/** Seconds, from 2 ms (a cached read) to 10 s (a timed-out call). */
const BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * This node's Prometheus metrics (prom-client), served at GET /api/metrics. One registry per application, so
 * several apps in one test process do not collide. The HTTP, socket and database families are recorded
 * here; features add their own through `histogram` and `gauge` (message sends, queue depths). The default
 * process metrics include the event-loop lag (`nodejs_eventloop_lag_seconds` and its percentiles).
 */
@Injectable()
export class Metrics implements OnModuleInit {
  readonly registry = new Registry();
  private readonly http = this.histogram('http_request_duration_seconds', 'HTTP requests by route pattern, method and status', [
    'method',
    'route',
    'status',
  ]);
  private readonly database = this.histogram('db_command_duration_seconds', 'Database commands by name and outcome', [
    'command',
    'outcome',
  ]);
  /** Read at each scrape (socket.io's own count), so open sockets cost nothing per connection. */
  private openSockets: () => number = () => 0;
  private readonly socketsOpened = new Counter({
    name: 'trainaction_socket_connections_total',
    help: 'socket.io connections accepted',
    registers: [this.registry],
  });
  private readonly socketEvents = new Counter({
    name: 'trainaction_socket_events_total',
    help: 'socket.io events received, by event name (unknown names counted as "unknown")',
    labelNames: ['event'],
    registers: [this.registry],
  });

  constructor(@InjectConnection() private readonly connection: Connection) {
    collectDefaultMetrics({ register: this.registry });
    this.gauge('sockets_connected', 'socket.io connections open on this node', () => this.openSockets());
  }

  /** Database command durations from the driver's command monitoring (DatabaseModule turns it on). */
  onModuleInit(): void {
    const client = this.connection.getClient();
    client.on('commandSucceeded', (e) => this.database.observe({ command: e.commandName, outcome: 'ok' }, e.duration / 1000));
    client.on('commandFailed', (e) => this.database.observe({ command: e.commandName, outcome: 'error' }, e.duration / 1000));
  }

  /** A histogram of seconds named `trainaction_<name>` in this registry. */
  histogram<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Histogram<L> {
    return new Histogram({ name: `trainaction_${name}`, help, labelNames, buckets: BUCKETS, registers: [this.registry] });
  }

  /** A gauge named `trainaction_<name>` whose value is read at each scrape. */
  gauge(name: string, help: string, read: () => Promise<number> | number): void {
    new Gauge({
      name: `trainaction_${name}`,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  /** Express middleware timing each request; the route is Express's pattern (`/api/rooms/:id`), never the raw path. */
  readonly timeHttp = (req: Request, res: Response, next: NextFunction): void => {
    if (isWarmUpRequest(req)) return next(); // the API's own, before it listens (WarmUps)
    const end = this.http.startTimer();
    res.once('finish', () => {
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      end({ method: req.method, route, status: String(res.statusCode) });
    });
    next();
  };

  /** The realtime adapter tells where its open connections are counted. */
  countSocketsWith(read: () => number): void {
    this.openSockets = read;
  }

  socketOpened(): void {
    this.socketsOpened.inc();
  }

  socketEvent(event: string): void {
    this.socketEvents.inc({ event });
  }
}
