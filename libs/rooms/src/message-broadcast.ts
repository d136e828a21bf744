import { Injectable } from '@nestjs/common';
import { discussionRoom, type MessageView } from '@trainaction/contracts';
import { RealtimePublisher } from '@trainaction/platform';
import { toMessageView } from './message-view';
import { RoomsRepository, type MessageRecord } from './rooms.repository';

/** Messages as their views (with reactions), and a changed message told to its room. */
@Injectable()
export class MessageBroadcast {
  constructor(
    private readonly repo: RoomsRepository,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** Tells the room the message changed; answers its view for `viewerId`. */
  async change(message: MessageRecord, event: 'message:updated' | 'message:deleted', viewerId?: string): Promise<MessageView> {
    const reactions = (await this.repo.reactionsOf([message.id])).get(message.id) ?? [];
    this.publisher.toRoom(discussionRoom(message.roomId), event, toMessageView(message, reactions));
    return toMessageView(message, reactions, viewerId);
  }

  async view(message: MessageRecord, viewerId?: string): Promise<MessageView> {
    return (await this.views([message], viewerId))[0];
  }

  async views(messages: MessageRecord[], viewerId?: string): Promise<MessageView[]> {
    const reactions = await this.repo.reactionsOf(messages.map((m) => m.id));
    return messages.map((m) => toMessageView(m, reactions.get(m.id) ?? [], viewerId));
  }
}
