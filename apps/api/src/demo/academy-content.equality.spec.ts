import { courseInputSchema } from '@trainaction/contracts';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ACADEMY_COURSES } from './academy-content';
import { ACADEMY_COURSES as LEGACY } from './academy-content.legacy';

/** sha256 of the JSON with every object's keys sorted (key order aside, the same value gives the same hash). */
function canonicalHash(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(sorted(value)))
    .digest('hex');
}

// Proof that the data files hold exactly the former TypeScript literal (deleted in the next commit).
describe('demo content files', () => {
  it('load into the same courses as the former TypeScript literal', () => {
    expect(ACADEMY_COURSES).toStrictEqual(LEGACY);
    const hash = canonicalHash(ACADEMY_COURSES);
    expect(hash).toBe(canonicalHash(LEGACY));
    console.log(`demo content sha256 (sorted keys): ${hash}`);
    // What the seeder stores: each course parsed by courseInputSchema (demo-academy.ts), byte for byte.
    expect(JSON.stringify(ACADEMY_COURSES.map((c) => courseInputSchema.parse(c)))).toBe(
      JSON.stringify(LEGACY.map((c) => courseInputSchema.parse(c))),
    );
  });
});
