import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mapError } from './error-mapping';

/** The one HTTP error format: `{ error: { code, message, details?, requestId } }`, never a stack trace. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    sendError(exception, http.getRequest<Request>(), http.getResponse<Response>(), this.logger);
  }
}

export function sendError(exception: unknown, req: Request, res: Response, logger: Logger): void {
  const mapped = mapError(exception);
  if (mapped.status >= 500) {
    logger.error({ err: exception, requestId: req.id }, `${req.method} ${req.path} failed`);
  }
  if (res.headersSent) return;
  res.status(mapped.status).json({
    error: { code: mapped.code, message: mapped.message, details: mapped.details, requestId: String(req.id ?? '') },
  });
}
