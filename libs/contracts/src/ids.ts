import { z } from 'zod';

/** A stored record's id (a MongoDB ObjectId as 24 lowercase hex digits): the one pattern both ends check. */
export const ID_PATTERN = /^[0-9a-f]{24}$/;

export const idSchema = z.string().regex(ID_PATTERN, 'must be an id');

/** Whether `value` is an id (route parameters, query values, form fields). */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}
