import { ConnectedSocket, MessageBody, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  discussionRoom,
  messageDeleteSchema,
  messageEditSchema,
  messageReactSchema,
  messageSendSchema,
  roomJoinSchema,
  roomLeaveSchema,
  roomReadSchema,
  typingSchema,
} from '@trainaction/contracts';
import { ack, Metrics, type AppServer, type AppSocket } from '@trainaction/platform';
import { RoomCatchUp } from './room-catch-up';
import { RoomMessages } from './room-messages.service';
import { RoomPresence } from './room-presence';
import { RoomsService } from './rooms.service';

const ROOM_PREFIX = discussionRoom('');

/** Socket events of live rooms: parse, call the service, answer the ack. */
@WebSocketGateway()
export class RoomsGateway implements OnGatewayInit {
  /** From the event to its answer: stored and broadcast, or refused (outcome = the error code). */
  private readonly sendTime;

  constructor(
    private readonly rooms: RoomsService,
    private readonly messages: RoomMessages,
    private readonly catchUp: RoomCatchUp,
    private readonly presence: RoomPresence,
    metrics: Metrics,
  ) {
    this.sendTime = metrics.histogram('message_send_duration_seconds', 'Live-room message sends, by outcome', ['outcome']);
  }

  /** One listener for the whole server (not one per socket): a socket left a room, by leaving or disconnecting. */
  afterInit(server: AppServer): void {
    server.sockets.adapter.on('leave-room', (room: string) => {
      if (room.startsWith(ROOM_PREFIX)) this.presence.presenceChanged(room.slice(ROOM_PREFIX.length));
    });
  }

  @SubscribeMessage('room:join')
  join(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(roomJoinSchema, payload, ({ roomId, since }) =>
      this.catchUp.join(socket.data.user, roomId, since, () => Promise.resolve(socket.join(discussionRoom(roomId)))),
    );
  }

  @SubscribeMessage('room:leave')
  leave(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(roomLeaveSchema, payload, async ({ roomId }) => {
      await socket.leave(discussionRoom(roomId)); // presence follows through afterInit's listener
      return {};
    });
  }

  @SubscribeMessage('message:send')
  send(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    const end = this.sendTime.startTimer();
    return ack(messageSendSchema, payload, (input) => this.messages.send(socket.data.user, input)).then((reply) => {
      end({ outcome: reply.ok ? 'ok' : reply.error.code });
      return reply;
    });
  }

  @SubscribeMessage('message:edit')
  edit(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(messageEditSchema, payload, ({ messageId, body }) => this.messages.edit(socket.data.user, messageId, body));
  }

  @SubscribeMessage('message:delete')
  remove(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(messageDeleteSchema, payload, ({ messageId }) => this.messages.delete(socket.data.user, messageId));
  }

  @SubscribeMessage('message:react')
  react(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(messageReactSchema, payload, ({ messageId, emoji, on }) => this.messages.react(socket.data.user, messageId, emoji, on));
  }

  @SubscribeMessage('room:read')
  read(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(roomReadSchema, payload, ({ roomId, messageId }) => this.rooms.markRead(socket.data.user, roomId, messageId));
  }

  /** Typing is ephemeral: only sockets that joined the room, of members who may speak there, signal it. */
  @SubscribeMessage('typing')
  async typing(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown): Promise<void> {
    const parsed = typingSchema.safeParse(payload);
    if (!parsed.success || !socket.rooms.has(discussionRoom(parsed.data.roomId))) return;
    if (!(await this.rooms.mayType(socket.data.user, parsed.data.roomId).catch(() => false))) return;
    socket.to(discussionRoom(parsed.data.roomId)).emit('typing:update', {
      roomId: parsed.data.roomId,
      userId: socket.data.user.id,
      typing: parsed.data.typing,
    });
  }
}
