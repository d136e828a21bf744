import { createHmac, timingSafeEqual } from 'node:crypto';
import { UNSUBSCRIBE_TARGETS, type UnsubscribeTarget } from '@trainaction/contracts';

/** Bytes of the HMAC kept in a link: 128 bits, beyond guessing, and a short link. */
const MAC_BYTES = 16;

export interface UnsubscribeClaim {
  userId: string;
  target: UnsubscribeTarget;
}

/** The key of unsubscribe links, derived from the API's secret so every node signs and checks alike. */
export function unsubscribeKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('trainaction:mail-unsubscribe:v1').digest();
}

function mac(key: Buffer, userId: string, target: string): Buffer {
  return createHmac('sha256', key).update(`${userId}.${target}`).digest().subarray(0, MAC_BYTES);
}

/**
 * `<userId>.<target>.<mac>`: it names the person and the mail to stop, and only the API can make one. It does
 * not expire: a link in a mail from months ago must still stop that mail (and it can do nothing else).
 */
export function signUnsubscribe(key: Buffer, claim: UnsubscribeClaim): string {
  return `${claim.userId}.${claim.target}.${mac(key, claim.userId, claim.target).toString('base64url')}`;
}

/** The claim of a token this API signed; null for anything else. */
export function readUnsubscribe(key: Buffer, token: string): UnsubscribeClaim | null {
  const [userId, target, signature, extra] = token.split('.');
  if (extra !== undefined || !userId || !signature || !/^[0-9a-f]{24}$/.test(userId)) return null;
  if (!(UNSUBSCRIBE_TARGETS as readonly string[]).includes(target)) return null;
  const presented = Buffer.from(signature, 'base64url');
  const expected = mac(key, userId, target);
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) return null;
  return { userId, target: target as UnsubscribeTarget };
}
