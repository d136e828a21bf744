import type { AuthResult } from '@trainaction/contracts';
import type { AppConfig } from '@trainaction/platform';
import type { CookieOptions, Response } from 'express';
import type { IssuedSession } from './auth.service';

export const REFRESH_COOKIE = 'ta_refresh';
/** Path `/`: the web server reads it on page requests to renew the access token server-side. */
const COOKIE_PATH = '/';

export function refreshCookieOptions(config: AppConfig): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: config.cookieSecure, path: COOKIE_PATH };
}

/** A new sign-in: the refresh token goes in its cookie, the rest is the answer's body. */
export function withRefreshCookie(res: Response, session: IssuedSession, config: AppConfig): AuthResult {
  res.cookie(REFRESH_COOKIE, session.refreshToken, { ...refreshCookieOptions(config), expires: session.refreshExpiresAt });
  return { user: session.user, accessToken: session.accessToken };
}
