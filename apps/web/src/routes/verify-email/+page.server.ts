import { fail } from '@sveltejs/kit';
import { linkTokenSchema, type EmailVerificationSent, type EmailVerified } from '@trainaction/contracts';
import { linkProblem, type LinkProblem } from '$lib/forms/link-problem';
import type { ResendOutcome } from '$lib/forms/verification';
import { callApi } from '$lib/server/api-client';
import { textField } from '$lib/server/form-data';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/**
 * `/verify-email?token=…`: the link of a verification mail. The address is confirmed by the button, not by
 * opening the page, so a mail scanner that follows links cannot spend it.
 */
export const load: PageServerLoad = ({ url, locals }) => ({
  token: url.searchParams.get('token')?.trim() ?? '',
  signedIn: Boolean(locals.user),
});

export const actions: Actions = {
  confirm: async (event) => {
    const parsed = linkTokenSchema.safeParse({ token: textField(await event.request.formData(), 'token') });
    if (!parsed.success) return fail(400, { link: 'LINK_INVALID' as LinkProblem });
    const result = await callApi<EmailVerified>(event, '/auth/email-verification/confirm', { method: 'POST', body: parsed.data });
    if (!result.ok) return fail(result.status, { link: linkProblem(result.error.code) ?? ('LINK_INVALID' as LinkProblem) });
    // This request's session was read before the change: the page it renders must not show the banner.
    if (event.locals.user) event.locals.user = { ...event.locals.user, emailVerified: true };
    return { verified: true as const };
  },

  /** "Send the link again", from the banner on every page or from this one. */
  resend: async (event) => {
    const { token } = requireUser(event);
    const result = await callApi<EmailVerificationSent>(event, '/me/email-verification', { method: 'POST', token });
    const outcome: ResendOutcome = result.ok ? 'sent' : result.status === 429 ? 'limited' : result.status === 409 ? 'already' : 'failed';
    return outcome === 'sent' ? { resend: outcome } : fail(result.status, { resend: outcome });
  },
};
