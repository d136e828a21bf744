import type { Ack } from '@trainaction/contracts';
import type { ZodType } from 'zod';
import { mapError } from '../errors/error-mapping';

/**
 * Runs one socket event: validates the payload with its shared schema, runs the work, and answers
 * `{ ok: true, data }` only after the work (and so the write) has finished, or `{ ok: false, error }`.
 */
export async function ack<S extends ZodType, T>(schema: S, payload: unknown, work: (input: S['_output']) => Promise<T>): Promise<Ack<T>> {
  try {
    const input = schema.parse(payload);
    return { ok: true, data: await work(input) };
  } catch (error) {
    const mapped = mapError(error);
    return { ok: false, error: { code: mapped.code, message: mapped.message, details: mapped.details } };
  }
}
