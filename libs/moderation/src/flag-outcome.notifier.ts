import { Injectable } from '@nestjs/common';
import { CohortAccess } from '@trainaction/cohorts';
import { RoomDirectory } from '@trainaction/rooms';
import { Notifications } from '@trainaction/notifications';
import type { FlagRecord } from './moderation.repository';

/**
 * Tells a reporter that their report was closed (resolved or rejected), once per outcome, in the app only.
 * Nothing about the moderators' work or the author is said: the outcome and where the message was.
 */
@Injectable()
export class FlagOutcomeNotifier {
  constructor(
    private readonly notifications: Notifications,
    private readonly access: CohortAccess,
    private readonly messages: RoomDirectory,
  ) {}

  async closed(before: FlagRecord, after: FlagRecord): Promise<void> {
    if (before.state === after.state || (after.state !== 'resolved' && after.state !== 'rejected')) return;
    const readers = await this.access.readers([after.reporterId], { cohortId: after.cohortId });
    if (readers.length === 0) return;
    const room = after.roomId ? await this.messages.room(after.roomId) : null;
    await this.notifications.notify(readers, {
      kind: 'flag_resolved',
      key: `flag:${after.id}:${after.state}`,
      params: { outcome: after.state, ...(room ? { room: room.name } : {}) },
      ...(room && after.messageId ? { link: `/rooms/${room.id}#message-${after.messageId}` } : {}),
      audience: { cohortId: after.cohortId },
    });
  }
}
