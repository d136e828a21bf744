import { slowModeWait } from '$lib/components/moderation/format';
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

/** Who is typing, as one line under the timeline ('' when nobody is). */
export function typingLine(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return m.room_typing_one({ name: names[0] });
  if (names.length === 2) return m.room_typing_two({ first: names[0], second: names[1] });
  return m.room_typing_many({ count: names.length });
}

/**
 * Why the last message was not sent, when the composer should say it ('' otherwise): the slow mode's wait, a lock,
 * an unverified address, or a mute the sanction notice does not already show.
 */
export function refusalLine(refusal: { code: string; message: string } | null, sanctionShown: boolean): string {
  if (!refusal) return '';
  if (refusal.code === 'SLOW_MODE') {
    const wait = slowModeWait(refusal.message);
    return wait ? m.mod_slowmode_wait({ seconds: wait }) : m.mod_error_slow_mode();
  }
  if (refusal.code === 'MUTED' && sanctionShown) return '';
  if (refusal.code === 'MUTED' || refusal.code === 'ROOM_LOCKED' || refusal.code === 'EMAIL_UNVERIFIED') return errorLabel(refusal.code);
  return '';
}
