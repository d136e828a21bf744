import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional, type LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Level, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { isWarmUpRequest } from '../http/warm-up-requests';

/** Where the logs go instead of stdout (tests). */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/** Nest's built-in exception handlers call `error(message, stack)` with the stack as a second string. */
const STACK = /\n\s*at /;

/**
 * The API's logs: one pino logger writing JSON lines on stdout at LOG_LEVEL. Nest's and the libs' `Logger`
 * calls come here (`app.useLogger`), their class name as `context`; `http` is pino-http's middleware, one
 * line per request (not for /api/health, nor the API's own warm-up requests) with its id, headers that carry secrets redacted, bodies never.
 *
 * No request is bound to the code it runs. nestjs-pino, used before, did so with an AsyncLocalStorage; on
 * Node 20 that turns on async hooks for every promise and callback of the process. Without it a request costs
 * about 4% less API CPU (history page, thread list, notifications 4–8%; search within the noise: two API
 * processes on one database, requests alternated; docs/performance.md). A log line about a request carries its
 * id itself (`AllExceptionsFilter`).
 */
@Injectable()
export class AppLogger implements LoggerService {
  readonly pino: Logger;
  readonly http: HttpLogger;

  constructor(config: AppConfig, @Optional() @Inject(LOG_DESTINATION) destination?: DestinationStream) {
    const options = {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    };
    this.pino = destination ? pino(options, destination) : pino(options);
    this.http = pinoHttp({
      logger: this.pino,
      genReqId: (req) => req.id ?? randomUUID(),
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' || isWarmUpRequest(req) },
    });
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest's contract: the last of `params` is the context; an object message is merged, an Error logged as `err`. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = params.length ? { context: params[params.length - 1] } : {};
    const rest = params.slice(0, -1);
    if (message instanceof Error) fields.err = message;
    else if (message && typeof message === 'object') Object.assign(fields, message);
    else if (level === 'error' && typeof message === 'string' && rest.length === 1 && typeof rest[0] === 'string' && STACK.test(rest[0])) {
      const err = new Error(message);
      err.stack = rest[0];
      this.pino.error({ ...fields, err });
      return;
    }
    if (typeof message === 'object') this.pino[level](fields, ...(rest as []));
    else this.pino[level](fields, String(message), ...(rest as []));
  }
}
