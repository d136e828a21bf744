import type { Role } from '@trainaction/contracts';

/** Who is calling, as proven by a verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  /** The refresh-token family (one sign-in) the access token was issued for. */
  sessionId: string;
  /** The token's `iat` (seconds): tokens issued before a role change are refused. */
  issuedAt?: number;
}

declare module 'express' {
  interface Request {
    user?: AuthUser;
  }
}
