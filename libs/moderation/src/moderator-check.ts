import { Injectable } from '@nestjs/common';
import { AppError, type AuthUser } from '@trainaction/platform';
import { RoomAccess } from '@trainaction/rooms';

/** The one check that the caller moderates a message's or a room's cohort (after `RoomAccess`: 404 outside it). */
@Injectable()
export class ModeratorCheck {
  constructor(private readonly roomAccess: RoomAccess) {}

  async message(caller: AuthUser, messageId: string) {
    const found = await this.roomAccess.messageFor(caller, messageId);
    if (!found.access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    return found;
  }

  async room(caller: AuthUser, roomId: string) {
    const { room, access } = await this.roomAccess.roomFor(caller, roomId);
    if (!access.canModerate) throw new AppError('FORBIDDEN', 'Only the cohort’s moderators can do this');
    return room;
  }
}
