import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  flagCreateSchema,
  hideSchema,
  lockSchema,
  moderationWatchSchema,
  pinSchema,
  sanctionSchema,
  slowModeSchema,
} from '@trainaction/contracts';
import { ack, type AppSocket } from '@trainaction/platform';
import { ModerationService } from './moderation.service';

@WebSocketGateway()
export class ModerationGateway {
  constructor(private readonly moderation: ModerationService) {}

  @SubscribeMessage('flag:create')
  flag(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(flagCreateSchema, payload, (input) => this.moderation.flag(socket.data.user, input));
  }

  @SubscribeMessage('moderation:watch')
  watch(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(moderationWatchSchema, payload, async ({ cohortId }) => {
      await socket.join(await this.moderation.watchRooms(socket.data.user, cohortId));
      return {};
    });
  }

  @SubscribeMessage('moderation:hide')
  hide(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(hideSchema, payload, ({ messageId, postId, hidden, reason }) =>
      this.moderation.hide(socket.data.user, { messageId, postId }, hidden, reason),
    );
  }

  @SubscribeMessage('moderation:pin')
  pin(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(pinSchema, payload, ({ messageId, pinned, minutes }) => this.moderation.pin(socket.data.user, messageId, pinned, minutes));
  }

  @SubscribeMessage('moderation:lock')
  lock(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(lockSchema, payload, ({ locked, ...target }) => this.moderation.lock(socket.data.user, target, locked));
  }

  @SubscribeMessage('moderation:slowmode')
  slowMode(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(slowModeSchema, payload, ({ roomId, seconds }) => this.moderation.slowMode(socket.data.user, roomId, seconds));
  }

  @SubscribeMessage('moderation:mute')
  mute(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(sanctionSchema, payload, (input) => this.moderation.sanction(socket.data.user, input));
  }
}
