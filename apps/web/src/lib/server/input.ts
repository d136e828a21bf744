import { json, type RequestEvent } from '@sveltejs/kit';
import type { FieldIssue } from '@trainaction/contracts';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export type Checked<T> = { ok: true; data: T } | { ok: false; response: Response };

/** 400 VALIDATION_FAILED in the person's language, naming the parts at fault (`params.id`, `query.limit`, `body.userIds.0`). */
export function invalidRequest(details: FieldIssue[] = []): Response {
  return json({ error: { code: 'VALIDATION_FAILED', message: m.error_invalid_request(), details } }, { status: 400 });
}

/**
 * Checks what the browser sent to a relay endpoint against the contracts' schema before it goes to the API,
 * so a bad request is answered here and the API only ever sees well-formed input.
 */
export function check<S extends z.ZodType>(schema: S, input: unknown): Checked<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, response: invalidRequest(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))) };
}

/** The named query values that are present and not empty (others are left to the schema's defaults). */
export function queryValues(url: URL, keys: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of keys) {
    const value = url.searchParams.get(key);
    if (value) values[key] = value;
  }
  return values;
}

/** The request's JSON body, or undefined when it is not JSON. */
export async function jsonBody(event: RequestEvent): Promise<unknown> {
  try {
    return await event.request.json();
  } catch {
    return undefined;
  }
}
