// @vitest-environment node
import { idSchema, sanctionSchema } from '@trainaction/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { check, queryValues } from './input';

const ID = '0123456789abcdef01234567';
const sanction = z.object({ params: z.object({ cohortId: idSchema }), body: sanctionSchema.omit({ cohortId: true }) });

describe('check', () => {
  it('answers 400 VALIDATION_FAILED in Spanish, naming each part at fault', async () => {
    const sut = check(sanction, { params: { cohortId: 'nope' }, body: { userId: ID, kind: 'mute', minutes: -1, reason: ' ' } });
    expect(sut.ok).toBe(false);
    if (sut.ok) return;
    expect(sut.response.status).toBe(400);
    const body = (await sut.response.json()) as { error: { code: string; message: string; details: { path: string }[] } };
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.message).toBe('Esta solicitud no es válida. Vuelva a cargar la página e inténtelo de nuevo.');
    expect(body.error.details.map((d) => d.path).sort()).toEqual(['body.minutes', 'body.reason', 'params.cohortId']);
  });

  it('gives the parsed input (trimmed, defaults applied) when it is valid', () => {
    const sut = check(sanction, { params: { cohortId: ID }, body: { userId: ID, minutes: 30, reason: '  spam ' } });
    expect(sut).toEqual({ ok: true, data: { params: { cohortId: ID }, body: { userId: ID, kind: 'mute', minutes: 30, reason: 'spam' } } });
  });

  it('refuses fields the contract does not know', () => {
    const sut = check(sanction, { params: { cohortId: ID }, body: { userId: ID, minutes: 30, reason: 'spam', admin: true } });
    expect(sut.ok).toBe(false);
  });
});

describe('queryValues', () => {
  it('keeps only the named values that are present and not empty', () => {
    const url = new URL('http://x/y?from=&to=2026-01-01T00:00:00Z&limit=5&other=1');
    expect(queryValues(url, ['from', 'to', 'limit', 'action'])).toEqual({ to: '2026-01-01T00:00:00Z', limit: '5' });
  });
});
