import { zonedLocalToIso } from '$lib/cohorts/schedule';
import { FLAG_REASONS, type FlagReason, type FlagState } from '@trainaction/contracts';
import { m } from '$lib/paraglide/messages';

export { FLAG_REASONS };

const REASON_LABELS: Record<FlagReason, () => string> = {
  off_topic: m.mod_reason_off_topic,
  inappropriate: m.mod_reason_inappropriate,
  spam: m.mod_reason_spam,
  personal_data: m.mod_reason_personal_data,
  safeguarding: m.mod_reason_safeguarding,
  other: m.mod_reason_other,
};

/** "Fuera de tema", "Protección (safeguarding)"…; an unknown code is shown as it is. */
export function reasonLabel(reason: string | undefined): string {
  if (!reason) return m.mod_reason_other();
  return (REASON_LABELS as Record<string, () => string>)[reason]?.() ?? reason;
}

const STATE_LABELS: Record<FlagState, () => string> = {
  open: m.mod_state_open,
  in_progress: m.mod_state_in_progress,
  resolved: m.mod_state_resolved,
  rejected: m.mod_state_rejected,
};

export function flagStateLabel(state: string): string {
  return (STATE_LABELS as Record<string, () => string>)[state]?.() ?? state;
}

export type FlagAction = 'take' | 'release' | 'resolve' | 'reject' | 'reopen';

export interface FlagTransition {
  action: FlagAction;
  /** The state the flag moves to. */
  to: FlagState;
  label: string;
}

/**
 * What a moderator can do with a flag in a given state. Taking assigns it to the moderator and moves it to
 * in progress; closed flags (resolved, rejected) can only be reopened.
 */
export function flagTransitions(state: FlagState, assignedToMe: boolean): FlagTransition[] {
  switch (state) {
    case 'open':
      return [
        { action: 'take', to: 'in_progress', label: m.mod_action_take() },
        { action: 'resolve', to: 'resolved', label: m.mod_action_resolve() },
        { action: 'reject', to: 'rejected', label: m.mod_action_reject() },
      ];
    case 'in_progress':
      return [
        ...(assignedToMe
          ? [{ action: 'release' as const, to: 'open' as const, label: m.mod_action_release() }]
          : [{ action: 'take' as const, to: 'in_progress' as const, label: m.mod_action_take() }]),
        { action: 'resolve', to: 'resolved', label: m.mod_action_resolve() },
        { action: 'reject', to: 'rejected', label: m.mod_action_reject() },
      ];
    case 'resolved':
    case 'rejected':
      return [{ action: 'reopen', to: 'open', label: m.mod_action_reopen() }];
    default:
      return [];
  }
}

/** A share (0…1) as a whole percentage in the reader's language: "42 %", "42%"; below 1 % but not zero: "<1 %". */
export function formatShare(share: number, locale: string): string {
  const value = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  if (value > 0 && value < 0.005) return `<${format.format(0.01)}`;
  return format.format(value);
}

/**
 * The share of members of a group compared with its share of messages: positive when the group speaks more than
 * its size, negative when less. Rounded to whole percentage points.
 */
export function voiceGap(row: { members: number; share: number }, totalMembers: number): number {
  if (!totalMembers) return 0;
  return Math.round((row.share - row.members / totalMembers) * 100);
}

/** "Modo lento: espere 12 s" from the API's refusal "Slow mode: wait 12 s before your next message". */
export function slowModeWait(message: string | undefined): number | null {
  const match = /(\d+)\s*s\b/.exec(message ?? '');
  return match ? Number(match[1]) : null;
}

const AUDIT_LABELS: Record<string, () => string> = {
  'flag.create': m.mod_audit_flag_create,
  'flag.update': m.mod_audit_flag_update,
  'message.hide': m.mod_audit_message_hide,
  'message.unhide': m.mod_audit_message_unhide,
  'message.pin': m.mod_audit_message_pin,
  'message.unpin': m.mod_audit_message_unpin,
  'thread.lock': m.mod_audit_thread_lock,
  'thread.unlock': m.mod_audit_thread_unlock,
  'room.lock': m.mod_audit_room_lock,
  'room.unlock': m.mod_audit_room_unlock,
  'room.slowmode': m.mod_audit_room_slowmode,
  'member.mute': m.mod_audit_member_mute,
  'member.unmute': m.mod_audit_member_unmute,
  'member.ban': m.mod_audit_member_ban,
  'member.unban': m.mod_audit_member_unban,
  'safeguarding.contacts': m.mod_audit_contacts,
  'audit.export': m.mod_audit_export,
  'post.hide': m.mod_audit_post_hide,
  'post.unhide': m.mod_audit_post_unhide,
  'forum_thread.lock': m.mod_audit_forum_thread_lock,
  'forum_thread.unlock': m.mod_audit_forum_thread_unlock,
  'course.forum_moderators': m.mod_audit_course_moderators,
  'invitation.send': m.mod_audit_invitation_send,
  'invitation.resend': m.mod_audit_invitation_resend,
  'invitation.renew': m.mod_audit_invitation_renew,
  'invitation.accept': m.mod_audit_invitation_accept,
};

/** What a course's shared forum records: its posts and threads, and who moderates it. */
export const COURSE_FORUM_AUDIT_ACTIONS = [
  'post.hide',
  'post.unhide',
  'forum_thread.lock',
  'forum_thread.unlock',
  'course.forum_moderators',
];

/** What a cohort records: everything but the course-wide naming of forum moderators. */
export const AUDIT_ACTIONS = Object.keys(AUDIT_LABELS).filter((a) => a !== 'course.forum_moderators');

export function auditActionLabel(action: string): string {
  return AUDIT_LABELS[action]?.() ?? m.mod_audit_action_other();
}

const TARGET_LABELS: Record<string, () => string> = {
  flag: m.mod_audit_target_flag,
  room: m.mod_audit_target_room,
  thread: m.mod_audit_target_thread,
  forum_thread: m.mod_audit_target_forum_thread,
  cohort: m.mod_audit_target_cohort,
  report: m.mod_audit_target_report,
  message: m.mod_audit_target_message,
  post: m.mod_audit_target_post,
};

/** What an audit entry acted on, in the person's language, never the stored kind ("reporte …a1b2c3"). */
export function auditTargetLabel(targetType: string, targetId: string): string {
  return `${(TARGET_LABELS[targetType] ?? m.mod_audit_target_other)()} …${targetId.slice(-6)}`;
}

/** What an audit entry's details say, worded: a flag's state ("En curso"), a reason, a slow mode's seconds. */
export function auditDetailParts(action: string, reason: string | undefined, details: Record<string, unknown> | undefined): string[] {
  const parts: string[] = [];
  if (reason) parts.push(action.startsWith('message.') || action.startsWith('flag.') ? reasonLabel(reason) : reason);
  if (typeof details?.seconds === 'number') parts.push(m.mod_slowmode_option({ seconds: details.seconds }));
  if (typeof details?.state === 'string') parts.push(flagStateLabel(details.state));
  return parts;
}

/** Durations offered for mutes and bans, in minutes. */
export const SANCTION_MINUTES = [10, 30, 60, 24 * 60, 7 * 24 * 60] as const;

export function durationLabel(minutes: number): string {
  if (minutes >= 24 * 60 && minutes % (24 * 60) === 0) return m.mod_duration_days({ count: minutes / (24 * 60) });
  if (minutes >= 60 && minutes % 60 === 0) return m.mod_duration_hours({ count: minutes / 60 });
  return m.mod_duration_minutes({ count: minutes });
}

export const SLOW_MODE_SECONDS = [0, 10, 30, 60, 120, 300] as const;

/** A date input's value (yyyy-mm-dd) as the ISO instant of the start or the end of that day in the person's zone. */
export function dayBoundary(day: string, end: boolean, timeZone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const start = zonedLocalToIso(`${day}T${end ? '23:59' : '00:00'}`, timeZone);
  return start && end ? new Date(Date.parse(start) + 59_999).toISOString() : (start ?? undefined);
}
