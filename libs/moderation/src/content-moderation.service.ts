import { Injectable } from '@nestjs/common';
import type { MessageView, PostView, RoomView, ThreadView } from '@trainaction/contracts';
import { ForumPosts, ForumThreads } from '@trainaction/forum';
import { AppError, type AuthUser } from '@trainaction/platform';
import { RoomAccess, RoomMessages, RoomModeration } from '@trainaction/rooms';
import { ModerationAudit } from './moderation-audit';
import { ModeratorCheck } from './moderator-check';

/** Moderators acting on content: hide a message or post, pin, lock a room, a thread or a forum thread, slow mode, edit history. */
@Injectable()
export class ContentModeration {
  constructor(
    private readonly check: ModeratorCheck,
    private readonly roomAccess: RoomAccess,
    private readonly roomMessages: RoomMessages,
    private readonly roomModeration: RoomModeration,
    private readonly forumPosts: ForumPosts,
    private readonly forumThreads: ForumThreads,
    private readonly log: ModerationAudit,
  ) {}

  async hide(
    caller: AuthUser,
    target: { messageId?: string; postId?: string },
    hidden: boolean,
    reason: string,
  ): Promise<{ message?: MessageView; post?: PostView }> {
    if (target.postId) {
      const { post, access } = await this.forumPosts.postWithAccess(caller, target.postId);
      if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
      const view = await this.forumPosts.setPostHidden(post.id, hidden, reason);
      await this.log.record(
        caller,
        post.cohortId ?? { courseId: post.courseId },
        hidden ? 'post.hide' : 'post.unhide',
        'post',
        post.id,
        reason,
        { authorId: post.authorId },
      );
      return { post: view };
    }
    const { message } = await this.check.message(caller, target.messageId!);
    const view = await this.roomModeration.setHidden(message.id, hidden, reason, caller.id);
    await this.log.record(caller, message.cohortId, hidden ? 'message.hide' : 'message.unhide', 'message', message.id, reason, {
      authorId: message.authorId,
    });
    return { message: view };
  }

  async pin(caller: AuthUser, messageId: string, pinned: boolean, minutes?: number): Promise<{ room: RoomView }> {
    const { message } = await this.check.message(caller, messageId);
    const { room } = await this.roomAccess.roomFor(caller, message.roomId);
    const until = minutes ? new Date(Date.now() + minutes * 60_000) : undefined;
    const view = await this.roomModeration.setPinned(room, message.id, pinned, until);
    await this.log.record(caller, message.cohortId, pinned ? 'message.pin' : 'message.unpin', 'message', message.id, undefined, {
      until: until?.toISOString(),
    });
    return { room: view };
  }

  async lock(
    caller: AuthUser,
    target: { roomId?: string; threadRootId?: string; forumThreadId?: string },
    locked: boolean,
  ): Promise<{ room?: RoomView; message?: MessageView; thread?: ThreadView }> {
    if (target.forumThreadId) {
      const { thread, cohortId, courseId } = await this.forumThreads.setThreadLocked(caller, target.forumThreadId, locked);
      await this.log.record(caller, cohortId ?? { courseId }, locked ? 'forum_thread.lock' : 'forum_thread.unlock', 'thread', thread.id);
      return { thread };
    }
    if (target.threadRootId) {
      const { message } = await this.check.message(caller, target.threadRootId);
      if (message.threadRootId)
        throw new AppError('VALIDATION_FAILED', 'The request has invalid fields', [
          { path: 'threadRootId', message: 'is a reply, not a thread' },
        ]);
      const view = await this.roomModeration.setThreadLocked(message.id, locked);
      await this.log.record(caller, message.cohortId, locked ? 'thread.lock' : 'thread.unlock', 'message', message.id);
      return { message: view };
    }
    const room = await this.check.room(caller, target.roomId!);
    const view = await this.roomModeration.setRoomLocked(room.id, locked);
    await this.log.record(caller, room.cohortId, locked ? 'room.lock' : 'room.unlock', 'room', room.id);
    return { room: view };
  }

  async slowMode(caller: AuthUser, roomId: string, seconds: number): Promise<{ room: RoomView }> {
    const room = await this.check.room(caller, roomId);
    const view = await this.roomModeration.setSlowMode(room.id, seconds);
    await this.log.record(caller, room.cohortId, 'room.slowmode', 'room', room.id, undefined, { seconds });
    return { room: view };
  }

  async editHistory(caller: AuthUser, messageId: string) {
    return this.roomMessages.editHistory(caller, messageId);
  }
}
