import type { RequestEvent } from '@sveltejs/kit';
import type { ErrorCode, FieldIssue } from '@trainaction/contracts';
import { apiOrigin } from './config';

export interface ApiFailure {
  code: ErrorCode | 'UNKNOWN';
  message: string;
  details?: FieldIssue[];
}

export type ApiResult<T> =
  { ok: true; status: number; data: T; headers: Headers } | { ok: false; status: number; error: ApiFailure; headers: Headers };

export interface ApiCall {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Access token sent as `Authorization: Bearer`. */
  token?: string | null;
  /** Raw Cookie header, only for the cookie-authenticated auth endpoints. */
  cookie?: string;
  query?: Record<string, string | number | undefined | null>;
}

/** The parts of a request event the API client needs; a plain object in tests. */
export type ApiEvent = Pick<RequestEvent, 'getClientAddress' | 'url'> & { locals?: Partial<Pick<App.Locals, 'requestId'>> };

const TIMEOUT_MS = 10_000;

/**
 * Calls the API directly at API_ORIGIN on behalf of the browser that made `event`. The client's address travels
 * as X-Forwarded-For, so the API's per-address login throttling sees the person, not this server.
 * Never throws: a network failure becomes `UNAVAILABLE`.
 */
export async function callApi<T>(event: ApiEvent, path: string, call: ApiCall = {}): Promise<ApiResult<T>> {
  const url = new URL(`/api${path}`, apiOrigin());
  for (const [key, value] of Object.entries(call.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  const headers = forwardedHeaders(event);
  headers.set('accept', 'application/json');
  if (call.body !== undefined) headers.set('content-type', 'application/json');
  if (call.token) headers.set('authorization', `Bearer ${call.token}`);
  if (call.cookie) headers.set('cookie', call.cookie);

  let response: Response;
  try {
    response = await fetch(url, {
      method: call.method ?? 'GET',
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { ok: false, status: 503, headers: new Headers(), error: { code: 'UNAVAILABLE', message: 'API unreachable' } };
  }

  const payload = await readJson(response);
  if (response.ok) return { ok: true, status: response.status, data: payload as T, headers: response.headers };
  return { ok: false, status: response.status, headers: response.headers, error: toFailure(response.status, payload) };
}

/**
 * What every call to the API on a browser's behalf carries: the person's address (as server.js decides it under
 * TRUST_PROXY, the API's own setting, and hands it to adapter-node) and the scheme they used. The API believes
 * them because this server is its trusted proxy under that same setting (`loopback` by default).
 */
export function forwardedHeaders(event: ApiEvent): Headers {
  const headers = new Headers({ 'x-forwarded-for': clientAddress(event), 'x-forwarded-proto': event.url.protocol.replace(':', '') });
  // The page's request id: the API logs its calls under it (hooks.server.ts).
  if (event.locals?.requestId) headers.set('x-request-id', event.locals.requestId);
  return headers;
}

function clientAddress(event: ApiEvent): string {
  try {
    return event.getClientAddress();
  } catch {
    return '127.0.0.1';
  }
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
  502: 'UNAVAILABLE',
  503: 'UNAVAILABLE',
  504: 'UNAVAILABLE',
};

/** Reads the protocol's `{ error: { code, message, details } }`, falling back on the HTTP status. */
export function toFailure(status: number, payload: unknown): ApiFailure {
  const error = (payload as { error?: Partial<ApiFailure> } | undefined)?.error;
  const code = typeof error?.code === 'string' ? (error.code as ApiFailure['code']) : (STATUS_CODES[status] ?? 'UNKNOWN');
  const details = Array.isArray(error?.details) ? error.details.filter(isFieldIssue) : undefined;
  return { code, message: typeof error?.message === 'string' ? error.message : `HTTP ${status}`, details };
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return typeof value === 'object' && value !== null && typeof (value as FieldIssue).path === 'string';
}
