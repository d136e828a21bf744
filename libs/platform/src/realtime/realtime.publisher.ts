import { Injectable } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { userRoom, type ServerToClientEvents } from '@trainaction/contracts';
import type { AppServer } from './realtime.adapter';

type EventArgs<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/**
 * The only way services reach sockets: typed emits to rooms (one `server.to(room).emit`, never a loop),
 * carried between nodes by the adapter.
 */
@Injectable()
@WebSocketGateway()
export class RealtimePublisher {
  @WebSocketServer()
  private readonly server?: AppServer;

  toRoom<E extends keyof ServerToClientEvents>(room: string, event: E, ...args: EventArgs<E>): void {
    this.server?.to(room).emit(event, ...args);
  }

  toUser<E extends keyof ServerToClientEvents>(userId: string, event: E, ...args: EventArgs<E>): void {
    this.toRoom(userRoom(userId), event, ...args);
  }

  /** How many sockets of this node are in a room (no round trip to other nodes). */
  localSockets(room: string): number {
    return this.server?.sockets.adapter.rooms.get(room)?.size ?? 0;
  }

  /** The distinct users with a socket in a room, on every node. */
  async onlineUsers(room: string): Promise<string[]> {
    if (!this.server) return [];
    const sockets = await this.server.in(room).fetchSockets();
    return [...new Set(sockets.map((s) => s.data.user?.id).filter((id): id is string => Boolean(id)))];
  }

  /**
   * After someone's access shrank (ban, removal from a cohort, lost moderator or safeguarding role): their
   * sockets on every node are closed, so they leave every room at once. The web client reconnects by itself
   * ('io server disconnect') and joins again only what it may still see.
   */
  disconnectUser(userId: string): void {
    this.server?.in(userRoom(userId)).disconnectSockets(true);
  }

  /**
   * Tells every socket of these sign-ins of a user that it is over, then closes them (on every node). They
   * are found among the user's sockets: a room per sign-in would cost every connection another room.
   */
  async endSessions(userId: string, sessionIds: string[], reason: string): Promise<void> {
    if (!this.server || sessionIds.length === 0) return;
    for (const socket of await this.server.in(userRoom(userId)).fetchSockets()) {
      if (!sessionIds.includes(socket.data.user?.sessionId)) continue;
      socket.emit('session:revoked', { reason });
      socket.disconnect(true);
    }
  }
}
