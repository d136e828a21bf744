import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/**
 * The current access token for the socket.io handshake. The hooks already renewed it through the refresh
 * cookie when needed, so the browser never calls /api/auth/refresh itself.
 */
export const GET: RequestHandler = ({ locals }) => {
  const headers = { 'cache-control': 'no-store' };
  if (!locals.accessToken) {
    const code = locals.apiUnavailable ? 'UNAVAILABLE' : 'UNAUTHENTICATED';
    return json({ error: { code, message: 'No session' } }, { status: locals.apiUnavailable ? 503 : 401, headers });
  }
  return json({ accessToken: locals.accessToken }, { headers });
};
