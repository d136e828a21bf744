import { Injectable } from '@nestjs/common';
import { CohortAccess, type CohortAccessResult } from '@trainaction/cohorts';
import { AppError, type AuthUser } from '@trainaction/platform';
import { RoomsRepository, type MessageRecord, type RoomRecord } from './rooms.repository';

/**
 * The one place that decides who reaches a room or a message, with the caller's rights in its cohort: every
 * rooms service (rooms, messages, catch-up, room moderation, search) and the forum and moderation libraries ask it.
 */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly access: CohortAccess,
  ) {}

  /** The room, if the caller may see its cohort; otherwise 404 (existence does not leak). */
  async roomFor(caller: AuthUser, roomId: string): Promise<{ room: RoomRecord; access: CohortAccessResult }> {
    const room = await this.repo.findRoom(roomId);
    if (!room) throw AppError.notFound('Room');
    const access = await this.access.visible(caller, room.cohortId).catch(() => {
      throw AppError.notFound('Room');
    });
    return { room, access };
  }

  /** The message, if the caller may see its room; otherwise 404. */
  async messageFor(caller: AuthUser, messageId: string): Promise<{ message: MessageRecord; access: CohortAccessResult }> {
    const message = await this.repo.findMessage(messageId);
    if (!message) throw AppError.notFound('Message');
    const { access } = await this.roomFor(caller, message.roomId).catch(() => {
      throw AppError.notFound('Message');
    });
    return { message, access };
  }
}
