import { requireUser } from '$lib/server/guards';
import type { LayoutServerLoad } from './$types';

/** Every page in (app) needs a signed-in person. Reading `url` makes this run again on each navigation. */
export const load: LayoutServerLoad = ({ locals, url }) => {
  const { user } = requireUser({ locals, url });
  return { user };
};
