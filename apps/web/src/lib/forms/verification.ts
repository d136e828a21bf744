import { m } from '$lib/paraglide/messages';

/** How a request for a new verification link ended (the /verify-email `resend` action). */
export type ResendOutcome = 'sent' | 'limited' | 'already' | 'failed';

export function resendOutcomeText(outcome: ResendOutcome): string {
  switch (outcome) {
    case 'sent':
      return m.verify_banner_sent();
    case 'limited':
      return m.verify_banner_limited();
    case 'already':
      return m.verify_banner_already();
    default:
      return m.error_unknown();
  }
}
