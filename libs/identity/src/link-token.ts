import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The tokens of links sent by mail (password reset, invitation, e-mail verification): `<id>.<secret>`.
 * Only the SHA-256 of the secret is stored, so the database alone cannot produce a working link.
 */

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newLinkSecret(): { secret: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, secretHash: hashSecret(secret) };
}

/** The id and secret of a presented token, or null when it does not have the shape of one. */
export function parseLinkToken(presented: string): { id: string; secret: string } | null {
  const [id, secret, extra] = presented.split('.');
  if (!id || !secret || extra !== undefined || secret.length > 100) return null;
  return { id, secret };
}

/** Compares in constant time, so the answer's timing does not tell how much of a secret was right. */
export function secretMatches(secretHash: string, secret: string): boolean {
  const expected = Buffer.from(secretHash, 'hex');
  const actual = Buffer.from(hashSecret(secret), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** `origin/path?token=<id>.<secret>`: the link a mail carries. */
export function linkWithToken(origin: string, path: string, token: string): string {
  const link = new URL(path, origin);
  link.searchParams.set('token', token);
  return link.href;
}
