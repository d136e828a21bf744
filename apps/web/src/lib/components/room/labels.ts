import { m } from '$lib/paraglide/messages';

/** A short, human reason for a refused room action. */
export function errorLabel(code: string): string {
  switch (code) {
    case 'ROOM_LOCKED':
      return m.room_error_locked();
    case 'RATE_LIMITED':
      return m.room_error_rate_limited();
    case 'SLOW_MODE':
      return m.mod_error_slow_mode();
    case 'MUTED':
      return m.mod_error_muted();
    case 'EMAIL_UNVERIFIED':
      return m.error_email_unverified();
    case 'VALIDATION_FAILED':
      return m.room_error_invalid();
    case 'FORBIDDEN':
      return m.room_error_forbidden();
    case 'NOT_FOUND':
      return m.room_error_not_found();
    case 'OFFLINE':
    case 'TIMEOUT':
    case 'UNAVAILABLE':
      return m.room_error_offline();
    default:
      return m.error_unknown();
  }
}
