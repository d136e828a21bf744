// The request id rule shared by the API (request-id.ts) and the web server (apps/web/server.js, which sends
// each request's id to the API in X-Request-Id): plain JavaScript so the web server runs it as is.
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
const WELL_FORMED = /^[A-Za-z0-9._-]{1,64}$/;

/** A well-formed incoming id is kept (it ties one person's request across processes), else a new one. */
export function requestIdFrom(given) {
  return typeof given === 'string' && WELL_FORMED.test(given) ? given : randomUUID();
}
