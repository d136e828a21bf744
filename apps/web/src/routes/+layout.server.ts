import type { LayoutServerLoad } from './$types';
import { getLocale } from '$lib/paraglide/runtime';

export const load: LayoutServerLoad = ({ locals }) => ({
  user: locals.user,
  // Handed to the page only for the socket.io handshake; the cookie itself stays httpOnly.
  accessToken: locals.accessToken,
  locale: getLocale(),
  // Relative times ("hace 5 minutos") are first drawn against the server's clock, in the browser too.
  now: Date.now(),
});
