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
import { ContentModeration } from './content-moderation.service';
import { ModerationFlags } from './moderation-flags.service';
import { ModerationSanctions } from './moderation-sanctions.service';

@WebSocketGateway()
export class ModerationGateway {
  constructor(
    private readonly flags: ModerationFlags,
    private readonly content: ContentModeration,
    private readonly sanctions: ModerationSanctions,
  ) {}

  @SubscribeMessage('flag:create')
  flag(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(flagCreateSchema, payload, (input) => this.flags.flag(socket.data.user, input));
  }

  @SubscribeMessage('moderation:watch')
  watch(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(moderationWatchSchema, payload, async ({ cohortId }) => {
      await socket.join(await this.flags.watchRooms(socket.data.user, cohortId));
      return {};
    });
  }

  @SubscribeMessage('moderation:hide')
  hide(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(hideSchema, payload, ({ messageId, postId, hidden, reason }) =>
      this.content.hide(socket.data.user, { messageId, postId }, hidden, reason),
    );
  }

  @SubscribeMessage('moderation:pin')
  pin(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(pinSchema, payload, ({ messageId, pinned, minutes }) => this.content.pin(socket.data.user, messageId, pinned, minutes));
  }

  @SubscribeMessage('moderation:lock')
  lock(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(lockSchema, payload, ({ locked, ...target }) => this.content.lock(socket.data.user, target, locked));
  }

  @SubscribeMessage('moderation:slowmode')
  slowMode(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(slowModeSchema, payload, ({ roomId, seconds }) => this.content.slowMode(socket.data.user, roomId, seconds));
  }

  @SubscribeMessage('moderation:mute')
  mute(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(sanctionSchema, payload, (input) => this.sanctions.sanction(socket.data.user, input));
  }
}
