import type { Role } from '@trainaction/contracts';

/** Who is calling, as proven by a verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  /** The refresh-token family (one sign-in) the access token was issued for. */
  sessionId: string;
}

declare module 'express' {
  interface Request {
    user?: AuthUser;
  }
}
