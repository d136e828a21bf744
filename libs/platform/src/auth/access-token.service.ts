import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ROLES, type Role } from '@trainaction/contracts';
import { AppConfig } from '../config/app-config';
import { AppError } from '../errors/app-error';
import type { AuthUser } from './auth-user';
import { SubjectRevocations } from './subject-revocations';

interface AccessClaims {
  sub: string;
  role: Role;
  sid: string;
  typ: 'access';
  iat: number;
  exp: number;
}

/** Verified tokens remembered at most (about 0.5 KiB each). */
const MAX_VERIFIED = 10_000;

export const JWT_ALGORITHM = 'HS256';

/** Issues and verifies short-lived access tokens (HS256 only; `none` and other algorithms are refused). */
@Injectable()
export class AccessTokenService {
  /**
   * Tokens already verified, until they expire: a reconnection storm presents the same tokens again, and
   * checking the signature was about a twentieth of a socket connection's CPU (docs/performance.md), and the
   * rate limiter verifies every bearer token before the route does. Only the exact token string verified
   * before is found here; revocation is checked on every use.
   */
  private readonly verified = new Map<string, { user: AuthUser; expiresAt: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly revocations: SubjectRevocations,
  ) {}

  sign(user: AuthUser): string {
    const claims: Omit<AccessClaims, 'iat' | 'exp'> = { sub: user.id, role: user.role, sid: user.sessionId, typ: 'access' };
    return this.jwt.sign(claims, {
      privateKey: this.config.jwtKey,
      algorithm: JWT_ALGORITHM,
      expiresIn: this.config.accessTokenTtlSeconds,
    });
  }

  /** Verifies the signature (or finds the token verified before) and refuses revoked tokens. */
  verify(token: string): AuthUser {
    return this.unlessRevoked({ ...this.verifiedUser(token) });
  }

  /** Claims whose signature the HTTP strategy (passport-jwt) checked: the same shape and revocation checks. */
  accept(claims: Partial<AccessClaims>): AuthUser {
    return this.unlessRevoked(toAuthUser(claims));
  }

  private unlessRevoked(user: AuthUser): AuthUser {
    if (this.revocations.reasonFor(user)) throw new AppError('UNAUTHENTICATED', 'The access token is missing, invalid or expired');
    return user;
  }

  /**
   * Stops access tokens before they expire, on every node within 2 s: those of these sign-ins and, with
   * `issuedBefore`, every token of the person issued before then.
   */
  revoke(userId: string, scope: { sessionIds?: string[]; issuedBefore?: Date }, reason: string): Promise<void> {
    return this.revocations.revokeTokens(userId, scope, reason);
  }

  private verifiedUser(token: string): AuthUser {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return known.user;
    let claims: Partial<AccessClaims>;
    try {
      claims = this.jwt.verify<AccessClaims>(token, { publicKey: this.config.jwtKey as unknown as Buffer, algorithms: [JWT_ALGORITHM] }); // jsonwebtoken takes key objects; the type is narrower
    } catch {
      this.verified.delete(token);
      throw new AppError('UNAUTHENTICATED', 'The access token is missing, invalid or expired');
    }
    const user = toAuthUser(claims);
    if (typeof claims.exp === 'number') {
      if (this.verified.size >= MAX_VERIFIED) this.verified.clear();
      this.verified.set(token, { user, expiresAt: claims.exp * 1000 });
    }
    return user;
  }
}

/** Accepts only well-formed access claims, so a token of another kind never passes as one. */
export function toAuthUser(claims: Partial<AccessClaims>): AuthUser {
  if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || !ROLES.includes(claims.role as Role)) {
    throw new AppError('UNAUTHENTICATED', 'The access token is missing, invalid or expired');
  }
  // Without `iat` (never issued here) a token counts as older than any role change.
  return { id: claims.sub, role: claims.role as Role, sessionId: claims.sid, issuedAt: typeof claims.iat === 'number' ? claims.iat : 0 };
}
