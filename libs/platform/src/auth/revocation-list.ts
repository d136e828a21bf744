import type { AuthUser } from './auth-user';

/**
 * One reason an access token stops working before it expires. Exactly one of the scopes applies:
 * a whole account (`sessionId` and `issuedBefore` unset), one sign-in, or every token issued before a time.
 */
export interface Revocation {
  userId: string;
  /** One sign-in: the `sid` claim (the refresh-token family). */
  sessionId?: string;
  /** Tokens whose `iat` (seconds) is below this. */
  issuedBefore?: number;
  reason: string;
}

export const ACCOUNT_DISABLED = 'account_disabled';

/** The key of an entry: the same revocation recorded twice (or by two nodes) is one entry. */
export function revocationKey(r: Revocation): string {
  if (r.sessionId !== undefined) return `session:${r.sessionId}`;
  if (r.issuedBefore !== undefined) return `before:${r.userId}:${r.issuedBefore}`;
  return `account:${r.userId}`;
}

/**
 * The revocations in force, indexed so that checking a token costs three map reads: it runs on every
 * request and every socket event.
 */
export class RevocationList {
  private readonly keys = new Map<string, string>(); // key → userId
  private readonly accounts = new Set<string>();
  private readonly sessions = new Map<string, string>(); // sessionId → reason
  private readonly cutoffs = new Map<string, { before: number; reason: string }>(); // userId → newest cutoff

  add(r: Revocation): void {
    this.keys.set(revocationKey(r), r.userId);
    if (r.sessionId !== undefined) this.sessions.set(r.sessionId, r.reason);
    else if (r.issuedBefore !== undefined) {
      const known = this.cutoffs.get(r.userId);
      if (!known || known.before < r.issuedBefore) this.cutoffs.set(r.userId, { before: r.issuedBefore, reason: r.reason });
    } else this.accounts.add(r.userId);
  }

  /** Only whole accounts are ever restored (an account enabled again); the others expire with the tokens. */
  restoreAccount(userId: string): void {
    this.accounts.delete(userId);
    this.keys.delete(`account:${userId}`);
  }

  hasAccount(userId: string): boolean {
    return this.accounts.has(userId);
  }

  /** Why this token may no longer be used, or undefined when it may. */
  reasonFor(user: AuthUser): string | undefined {
    if (this.accounts.has(user.id)) return ACCOUNT_DISABLED;
    const session = this.sessions.get(user.sessionId);
    if (session !== undefined) return session;
    const cutoff = this.cutoffs.get(user.id);
    return cutoff && (user.issuedAt ?? 0) < cutoff.before ? cutoff.reason : undefined;
  }

  /** The people with an entry here that `previous` lacks. */
  usersNewSince(previous: RevocationList): string[] {
    const users = new Set<string>();
    for (const [key, userId] of this.keys) if (!previous.keys.has(key)) users.add(userId);
    return [...users];
  }
}
