import { Injectable } from '@nestjs/common';
import type { RoomInput, RoomView } from '@trainaction/contracts';
import { CohortAccess, publishingRefusal } from '@trainaction/cohorts';
import { AppError, newId, type AuthUser } from '@trainaction/platform';
import { isDuplicateKey } from './duplicate-key';
import { toRoomView } from './message-view';
import { RoomAccess } from './room-access';
import { RoomsRepository, type RoomRecord } from './rooms.repository';

/**
 * Live rooms of a cohort: listing (a default "General" room always exists), creating, one room with the
 * caller's read state, read marks and who may type. Messages, catch-up, presence and room moderation are
 * their own services (room-messages, room-catch-up, room-presence, room-moderation).
 */
@Injectable()
export class RoomsService {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly roomAccess: RoomAccess,
    private readonly access: CohortAccess,
  ) {}

  async rooms(caller: AuthUser, cohortId: string): Promise<RoomView[]> {
    await this.access.visible(caller, cohortId);
    const rooms = await this.ensureDefaultRoom(cohortId, caller.id);
    return Promise.all(rooms.map((r) => this.withReadState(r, caller.id)));
  }

  async roomView(caller: AuthUser, roomId: string): Promise<RoomView> {
    const { room } = await this.roomAccess.roomFor(caller, roomId);
    return this.withReadState(room, caller.id);
  }

  /** The room with the caller's read mark and unread count. */
  async withReadState(room: RoomRecord, userId: string): Promise<RoomView> {
    const mark = await this.repo.readMark(room.id, userId);
    return toRoomView(room, await this.repo.unreadCount(room.id, userId, mark), mark);
  }

  async createRoom(caller: AuthUser, cohortId: string, input: RoomInput): Promise<RoomView> {
    await this.access.moderated(caller, cohortId);
    await this.ensureDefaultRoom(cohortId, caller.id);
    const id = newId();
    const room = await this.repo.createRoom({
      id,
      cohortId,
      name: input.name,
      topic: input.topic,
      scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : undefined,
      uniqueKey: id,
      isDefault: false,
      locked: false,
      slowModeSeconds: 0,
      pinnedMessageIds: [],
      pinExpiries: {},
      createdBy: caller.id,
    });
    return toRoomView(room);
  }

  /** Typing is a signal peers read: only members who may speak in the room send it. */
  async mayType(caller: AuthUser, roomId: string): Promise<boolean> {
    const { access } = await this.roomAccess.roomFor(caller, roomId);
    return !publishingRefusal(access);
  }

  async markRead(caller: AuthUser, roomId: string, messageId: string): Promise<{ unread: number }> {
    const { room } = await this.roomAccess.roomFor(caller, roomId);
    const message = await this.repo.findMessage(messageId);
    if (!message || message.roomId !== room.id) throw AppError.notFound('Message');
    await this.repo.advanceReadMark(room.id, caller.id, messageId);
    const mark = await this.repo.readMark(room.id, caller.id);
    return { unread: await this.repo.unreadCount(room.id, caller.id, mark) };
  }

  /** Every cohort has a "General" room; its unique key makes concurrent creation settle on one. */
  private async ensureDefaultRoom(cohortId: string, createdBy: string): Promise<RoomRecord[]> {
    const rooms = await this.repo.roomsOfCohort(cohortId);
    if (rooms.some((r) => r.isDefault)) return rooms;
    await this.repo
      .createRoom({
        cohortId,
        name: 'General',
        uniqueKey: cohortId,
        isDefault: true,
        locked: false,
        slowModeSeconds: 0,
        pinnedMessageIds: [],
        pinExpiries: {},
        createdBy,
      })
      .catch((error: unknown) => {
        if (!isDuplicateKey(error)) throw error;
      });
    return this.repo.roomsOfCohort(cohortId);
  }
}
