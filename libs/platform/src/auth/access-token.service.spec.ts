import { createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { AccessTokenService } from './access-token.service';
import type { SubjectRevocations } from './subject-revocations';

const revoked = new Set<string>();
const tokens = new AccessTokenService(
  new JwtService({}),
  { jwtKey: createSecretKey(Buffer.from('a-test-secret-of-enough-length-32b')), accessTokenTtlSeconds: 60 } as AppConfig,
  { isRevoked: (id: string) => revoked.has(id) } as SubjectRevocations,
);
const ana = { id: 'ana', role: 'learner' as const, sessionId: 's1' };

afterEach(() => {
  vi.useRealTimers();
  revoked.clear();
});

describe('AccessTokenService', () => {
  it('accepts a token again from memory, but refuses it once its subject is revoked', () => {
    const token = tokens.sign(ana);
    expect(tokens.verify(token)).toEqual(ana);
    expect(tokens.verify(token)).toEqual(ana);
    revoked.add('ana');
    expect(() => tokens.verify(token)).toThrow(/invalid or expired/);
  });

  it('refuses a token it verified before once it has expired', () => {
    vi.useFakeTimers({ now: new Date('2026-07-01T10:00:00Z') });
    const token = tokens.sign(ana);
    expect(tokens.verify(token)).toEqual(ana);
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
