import type { FlagReason } from '@trainaction/contracts';

/** Where the caller stands in a flag's cohort: moderates it (moderators and staff), and/or is a safeguarding contact. */
export interface FlagStanding {
  canModerate: boolean;
  contact: boolean;
}

/**
 * The one rule for who sees a flag: safeguarding flags only the cohort's safeguarding contacts (whatever their
 * role), every other flag the cohort's moderators, coordinators and admins.
 */
export function seesFlag(flag: { reason: FlagReason | string }, standing: FlagStanding): boolean {
  return flag.reason === 'safeguarding' ? standing.contact : standing.canModerate;
}
