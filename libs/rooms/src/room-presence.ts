import { Injectable } from '@nestjs/common';
import { discussionRoom } from '@trainaction/contracts';
import { RealtimePublisher, SharedReads } from '@trainaction/platform';

/**
 * Presence is broadcast at most once per interval per room, so a join storm costs one list per interval,
 * not one per join. Each broadcast is a packet to every member, so the interval grows with the room:
 * 500 ms up to 50 members, then 10 ms per member (1 s for 100, 5 s for 500): a room's presence costs
 * its members at most about 100 packets a second in all, whatever its size.
 */
const PRESENCE_MIN_INTERVAL_MS = 500;
const PRESENCE_MS_PER_MEMBER = 10;
const PRESENCE_MAX_INTERVAL_MS = 5_000;

function presenceInterval(members: number): number {
  return Math.min(PRESENCE_MAX_INTERVAL_MS, Math.max(PRESENCE_MIN_INTERVAL_MS, members * PRESENCE_MS_PER_MEMBER));
}

/** Who is online in a room, and a room told of it when that changes. */
@Injectable()
export class RoomPresence {
  /** Who is online in a room: joins and presence updates of one room share the listing of its sockets. */
  private readonly onlineReads = new SharedReads<string[]>();
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private readonly presenceVersions = new Map<string, number>();

  constructor(private readonly publisher: RealtimePublisher) {}

  /**
   * The users with a socket in the room. Listing the sockets (on every node, with Redis) allocates per
   * socket, so concurrent callers share one listing begun after they asked.
   */
  onlineIn(roomId: string): Promise<string[]> {
    return this.onlineReads.read(roomId, () => this.publisher.onlineUsers(discussionRoom(roomId)));
  }

  /** Tells a room who is online, at most once per presence interval (joins, leaves and disconnects call this). */
  presenceChanged(roomId: string): void {
    if (this.presenceTimers.has(roomId)) return;
    const timer = setTimeout(
      () => {
        this.presenceTimers.delete(roomId);
        // Lists are read on every node and can come back out of order: only the newest one is sent.
        const version = (this.presenceVersions.get(roomId) ?? 0) + 1;
        this.presenceVersions.set(roomId, version);
        this.onlineIn(roomId)
          .then((online) => {
            if (this.presenceVersions.get(roomId) !== version) return;
            this.presenceVersions.delete(roomId);
            this.publisher.toRoom(discussionRoom(roomId), 'presence:update', { roomId, online });
          })
          .catch(() => undefined);
      },
      presenceInterval(this.publisher.localSockets(discussionRoom(roomId))),
    );
    timer.unref();
    this.presenceTimers.set(roomId, timer);
  }
}
