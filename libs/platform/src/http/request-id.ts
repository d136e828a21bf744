import type { NextFunction, Request, Response } from 'express';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-ids.mjs';

/**
 * Gives every request an id (a well-formed incoming X-Request-Id is kept: the web server sends its own request's
 * id), echoed in the response, in the request's log line and in errors.
 */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
  (req as Request & { id: string }).id = id;
  res.setHeader(REQUEST_ID_HEADER, id);
  next();
}
