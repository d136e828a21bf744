import type { UserView } from '@trainaction/contracts';
import type { AuthUser } from '@trainaction/platform';
import type { UserRecord } from './users.repository';

/** Whether `viewer` may see a user's e-mail, gender and sector (cohort moderators join in with cohorts). */
export function seesPersonalData(viewer: AuthUser, user: UserRecord): boolean {
  return viewer.id === user.id || viewer.role === 'coordinator' || viewer.role === 'admin';
}

export function toUserView(user: UserRecord, withPersonalData: boolean): UserView {
  const view: UserView = {
    id: user.id,
    displayName: user.displayName,
    country: user.country,
    organization: user.organization,
    locale: user.locale,
    role: user.role,
  };
  if (withPersonalData) {
    view.email = user.email;
    view.gender = user.gender;
    view.genderText = user.genderText;
    view.sector = user.sector;
    view.timeZone = user.timeZone;
    view.emailVerified = !user.emailUnverifiedSince;
    view.status = user.disabledAt ? 'disabled' : user.invitationPendingSince ? 'invited' : 'active';
  }
  return view;
}
