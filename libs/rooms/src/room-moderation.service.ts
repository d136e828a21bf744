import { Injectable } from '@nestjs/common';
import { discussionRoom, type MessageView, type RoomView } from '@trainaction/contracts';
import { RealtimePublisher } from '@trainaction/platform';
import { MessageBroadcast } from './message-broadcast';
import { activePins, toRoomView } from './message-view';
import { RoomsRepository, type RoomRecord } from './rooms.repository';

/**
 * Room moderation: hiding a message, locking a thread or a room, pins, slow mode, and a closed session's
 * link to its forum thread. The caller's right to moderate is checked first by the moderation library
 * (or the forum's session archive), through `RoomAccess`.
 */
@Injectable()
export class RoomModeration {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly publisher: RealtimePublisher,
    private readonly broadcast: MessageBroadcast,
  ) {}

  async setHidden(messageId: string, hidden: boolean, reason: string | undefined, actorId: string): Promise<MessageView> {
    const now = new Date();
    const updated = hidden
      ? await this.repo.updateMessage(messageId, { hiddenAt: now, hiddenReason: reason, hiddenBy: actorId, changedAt: now })
      : await this.repo.updateMessage(messageId, { changedAt: now }, ['hiddenAt', 'hiddenReason', 'hiddenBy']);
    return this.broadcast.change(updated!, 'message:updated');
  }

  async setThreadLocked(messageId: string, locked: boolean): Promise<MessageView> {
    const updated = await this.repo.updateMessage(messageId, { locked, changedAt: new Date() });
    return this.broadcast.change(updated!, 'message:updated');
  }

  async setPinned(room: RoomRecord, messageId: string, pinned: boolean, until?: Date): Promise<RoomView> {
    const pins = activePins(room).filter((id) => id !== messageId);
    const expiries = Object.fromEntries(Object.entries(room.pinExpiries ?? {}).filter(([id]) => pins.includes(id)));
    if (pinned) pins.push(messageId);
    if (pinned && until) expiries[messageId] = until;
    return this.roomChanged(room.id, { pinnedMessageIds: pins, pinExpiries: expiries });
  }

  /** After a live session became a forum thread: the room links to it, and the next session starts clean. */
  async sessionClosed(roomId: string, threadId: string): Promise<RoomView> {
    const room = (await this.repo.findRoom(roomId))!;
    return this.roomChanged(roomId, {
      sessionCount: (room.sessionCount ?? 0) + 1,
      lastSessionThreadId: threadId,
      pinnedMessageIds: [],
      pinExpiries: {},
    });
  }

  async setRoomLocked(roomId: string, locked: boolean): Promise<RoomView> {
    return this.roomChanged(roomId, { locked });
  }

  async setSlowMode(roomId: string, seconds: number): Promise<RoomView> {
    return this.roomChanged(roomId, { slowModeSeconds: seconds });
  }

  private async roomChanged(roomId: string, set: Parameters<RoomsRepository['updateRoom']>[1]): Promise<RoomView> {
    const view = toRoomView((await this.repo.updateRoom(roomId, set))!);
    this.publisher.toRoom(discussionRoom(roomId), 'room:updated', view);
    return view;
  }
}
