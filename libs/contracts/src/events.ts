import type { MessageView, RoomJoinResult, RoomView } from './rooms';
import type { Ack } from './errors';
import type { PostView, ThreadView } from './forum';
import type { FlagReceipt, FlagView, SanctionNotice, SanctionView } from './moderation';
import type { NotificationView } from './notifications';
import type { SubmissionView } from './submissions';

/** Events the server emits to clients. Grows with each feature; both ends import it. */
export interface ServerToClientEvents {
  'session:revoked': (payload: { reason: string }) => void;
  'notification:new': (payload: NotificationView) => void;
  'message:new': (message: MessageView) => void;
  'message:updated': (message: MessageView) => void;
  'message:deleted': (message: MessageView) => void;
  'presence:update': (payload: { roomId: string; online: string[] }) => void;
  'typing:update': (payload: { roomId: string; userId: string; typing: boolean }) => void;
  'room:updated': (room: RoomView) => void;
  'submission:updated': (submission: SubmissionView) => void;
  'flag:new': (flag: FlagView) => void;
  'flag:updated': (flag: FlagView) => void;
  /** To the person muted, banned or let back in (sent before a ban closes their connections). */
  'sanction:changed': (notice: SanctionNotice) => void;
  'forum:thread': (thread: ThreadView) => void;
  'forum:post': (post: PostView) => void;
  /** Something changed in a thread whose posts are not broadcast (post-first rule): fetch it again. */
  'forum:activity': (payload: { threadId: string }) => void;
}

/** Events clients send; each takes an ack answered only after the change is stored. */
type Handler<P, D> = (payload: P, ack: (res: Ack<D>) => void) => void;

export interface ClientToServerEvents {
  'session:whoami': Handler<Record<string, never>, { userId: string; role: string }>;
  'room:join': Handler<{ roomId: string; since?: string }, RoomJoinResult>;
  'room:leave': Handler<{ roomId: string }, Record<string, never>>;
  'message:send': Handler<{ roomId: string; clientMsgId: string; body: string; threadRootId?: string }, { message: MessageView }>;
  'message:edit': Handler<{ messageId: string; body: string }, { message: MessageView }>;
  'message:delete': Handler<{ messageId: string }, { messageId: string }>;
  'message:react': Handler<{ messageId: string; emoji: string; on: boolean }, { messageId: string; reactions: MessageView['reactions'] }>;
  typing: (payload: { roomId: string; typing: boolean }) => void;
  'room:read': Handler<{ roomId: string; messageId: string }, { unread: number }>;
  'submission:submit': Handler<
    { activityId: string; cohortId: string; clientSubmissionId: string; body: string; links?: string[] },
    { submission: SubmissionView }
  >;
  'submission:review': Handler<
    {
      submissionId: string;
      status: 'accepted' | 'returned';
      feedback: string;
      score?: number;
      criteria?: { criterion: string; score?: number; comment?: string }[];
    },
    { submission: SubmissionView }
  >;
  'submission:claim': Handler<{ submissionId: string; claimed?: boolean }, { submission: SubmissionView }>;
  'review:watch': Handler<{ cohortId: string }, Record<string, never>>;
  'flag:create': Handler<{ messageId?: string; postId?: string; reason: string; note?: string }, { flag: FlagReceipt }>;
  'moderation:watch': Handler<{ cohortId: string }, Record<string, never>>;
  'moderation:hide': Handler<
    { messageId?: string; postId?: string; reason: string; hidden?: boolean },
    { message?: MessageView; post?: PostView }
  >;
  'moderation:pin': Handler<{ messageId: string; pinned: boolean; minutes?: number }, { room: RoomView }>;
  'moderation:lock': Handler<
    { roomId?: string; threadRootId?: string; forumThreadId?: string; locked: boolean },
    { room?: RoomView; message?: MessageView; thread?: ThreadView }
  >;
  'moderation:slowmode': Handler<{ roomId: string; seconds: number }, { room: RoomView }>;
  'forum:watch': Handler<{ cohortId: string; threadId?: string }, Record<string, never>>;
  'moderation:mute': Handler<
    { cohortId: string; userId: string; kind?: 'mute' | 'ban'; minutes: number; reason: string },
    { sanction: SanctionView }
  >;
}

/** The personal room every authenticated socket joins. */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** The socket.io room of a live discussion room. */
export function discussionRoom(roomId: string): string {
  return `room:${roomId}`;
}

/** Moderators of a cohort watching its review queue. */
export function reviewRoom(cohortId: string): string {
  return `review:${cohortId}`;
}

/** The cohort's moderators watching its flag queue; safeguarding flags go to the contacts' room only. */
export function moderatorsRoom(cohortId: string): string {
  return `moderators:${cohortId}`;
}

export function safeguardingRoom(cohortId: string): string {
  return `safeguarding:${cohortId}`;
}
