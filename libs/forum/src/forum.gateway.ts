import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { ack, type AppSocket } from '@trainaction/platform';
import { z } from 'zod';
import { ForumThreads } from './forum-threads.service';

const watchSchema = z.strictObject({
  cohortId: z.string().regex(/^[0-9a-f]{24}$/),
  threadId: z
    .string()
    .regex(/^[0-9a-f]{24}$/)
    .optional(),
});

@WebSocketGateway()
export class ForumGateway {
  constructor(private readonly threads: ForumThreads) {}

  /** Live forum updates for a cohort's forums, and for one thread when given. */
  @SubscribeMessage('forum:watch')
  watch(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(watchSchema, payload, async ({ cohortId, threadId }) => {
      await socket.join(await this.threads.watchRooms(socket.data.user, cohortId, threadId));
      return {};
    });
  }
}
