import { env } from '$env/dynamic/private';

/** Where the SSR code reaches the API directly (not through the public origin). */
export function apiOrigin(): string {
  return (env.API_ORIGIN || 'http://127.0.0.1:3000').replace(/\/+$/, '');
}
