import { redirect } from '@sveltejs/kit';
import { callApi } from '$lib/server/api-client';
import { endSession, refreshCookieHeader } from '$lib/server/session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  redirect(303, '/');
};

export const actions: Actions = {
  default: async (event) => {
    const cookie = refreshCookieHeader(event);
    // Ends the sign-in on the API (its whole refresh family); the local cookies go whatever it answers.
    if (cookie) await callApi(event, '/auth/logout', { method: 'POST', cookie });
    endSession(event);
    redirect(303, '/login');
  },
};
