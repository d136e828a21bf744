import { Injectable } from '@nestjs/common';
import { RoomsRepository, type MessageRecord, type RoomRecord } from '../rooms.repository';

/**
 * The rooms' read port, for libs that act on a room or a message they were handed: the forum (a live
 * session closed into a thread) and moderation (flags on messages, the equity-of-voice panel). Each call is
 * the repository's own query: `room` through the shared room cache, `message` by `_id`, `activityBetween`
 * from the `roomId`+`createdAt` index reading two fields.
 */
@Injectable()
export class RoomDirectory {
  constructor(private readonly rooms: RoomsRepository) {}

  room(id: string): Promise<RoomRecord | null> {
    return this.rooms.findRoom(id);
  }

  message(id: string): Promise<MessageRecord | null> {
    return this.rooms.findMessage(id);
  }

  /** Who wrote when in a room, `from` ≤ createdAt < `to`, deleted messages left out. */
  activityBetween(roomId: string, from: Date, to: Date): Promise<Pick<MessageRecord, 'authorId' | 'createdAt'>[]> {
    return this.rooms.messagesBetween(roomId, from, to);
  }
}
