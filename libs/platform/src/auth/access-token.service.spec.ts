import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { AccessTokenService } from './access-token.service';
import { RevocationList } from './revocation-list';
import type { SubjectRevocations } from './subject-revocations';

let revoked = new RevocationList();
const tokens = new AccessTokenService(
  new JwtService({}),
  { jwtKey: createSecretKey(Buffer.from('a-test-secret-of-enough-length-32b')), accessTokenTtlSeconds: 60 } as AppConfig,
  { reasonFor: (user) => revoked.reasonFor(user) } as SubjectRevocations,
);
const ana = { id: 'ana', role: 'learner' as const, sessionId: 's1' };
const anaAsVerified = { ...ana, issuedAt: expect.any(Number) as number };

afterEach(() => {
  vi.useRealTimers();
  revoked = new RevocationList();
});

describe('AccessTokenService', () => {
  it('accepts a token again from memory, but refuses it once its subject is revoked', () => {
    const token = tokens.sign(ana);
    expect(tokens.verify(token)).toEqual(anaAsVerified);
    expect(tokens.verify(token)).toEqual(anaAsVerified);
    revoked.add({ userId: 'ana', reason: 'account_disabled' });
    expect(() => tokens.verify(token)).toThrow(/invalid or expired/);
  });

  it('refuses a remembered token once its sign-in is revoked, and keeps the person’s other sign-ins working', () => {
    const token = tokens.sign(ana);
    const laptop = tokens.sign({ ...ana, sessionId: 's2' });
    expect(tokens.verify(token)).toEqual(anaAsVerified);
    revoked.add({ userId: 'ana', sessionId: 's1', reason: 'signed_out' });
    expect(() => tokens.verify(token)).toThrow(/invalid or expired/);
    expect(tokens.verify(laptop)).toMatchObject({ sessionId: 's2' });
  });

  it('refuses tokens issued before a cutoff and accepts those issued in its second or later', () => {
    vi.useFakeTimers({ now: new Date('2026-07-01T10:00:00.300Z') });
    const before = tokens.sign(ana);
    vi.setSystemTime(new Date('2026-07-01T10:00:01.200Z'));
    const sameSecond = tokens.sign({ ...ana, sessionId: 's2' });
    vi.setSystemTime(new Date('2026-07-01T10:00:02.000Z'));
    const after = tokens.sign({ ...ana, sessionId: 's3' });
    revoked.add({ userId: 'ana', issuedBefore: Date.parse('2026-07-01T10:00:01Z') / 1000, reason: 'role_changed' });
    expect(() => tokens.verify(before)).toThrow(/invalid or expired/);
    expect(tokens.verify(sameSecond)).toMatchObject({ sessionId: 's2' });
    expect(tokens.verify(after)).toMatchObject({ sessionId: 's3' });
    expect(revoked.reasonFor({ ...ana, issuedAt: 0 })).toBe('role_changed');
  });

  it('refuses a token it verified before once it has expired', () => {
    vi.useFakeTimers({ now: new Date('2026-07-01T10:00:00Z') });
    const token = tokens.sign(ana);
    expect(tokens.verify(token)).toEqual(anaAsVerified);
    vi.setSystemTime(new Date('2026-07-01T10:01:01Z'));
    expect(() => tokens.verify(token)).toThrow(/invalid or expired/);
  });

  it('refuses a token whose signature was changed, even after the real one was verified', () => {
    const token = tokens.sign(ana);
    tokens.verify(token);
    const [header, payload, signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url')}.${signature}`;
    expect(() => tokens.verify(forged)).toThrow(/invalid or expired/);
    expect(() => tokens.verify(`${token.slice(0, -2)}xx`)).toThrow(/invalid or expired/);
  });
});
