import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { reviewWatchSchema, submissionClaimSchema, submissionReviewSchema, submissionSubmitSchema } from '@trainaction/contracts';
import { ack, type AppSocket } from '@trainaction/platform';
import { SubmissionsService } from './submissions.service';

@WebSocketGateway()
export class SubmissionsGateway {
  constructor(private readonly submissions: SubmissionsService) {}

  @SubscribeMessage('submission:submit')
  submit(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(submissionSubmitSchema, payload, (input) => this.submissions.submit(socket.data.user, input));
  }

  @SubscribeMessage('submission:review')
  review(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(submissionReviewSchema, payload, (input) => this.submissions.review(socket.data.user, input));
  }

  @SubscribeMessage('submission:claim')
  claim(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(submissionClaimSchema, payload, ({ submissionId, claimed }) =>
      this.submissions.claim(socket.data.user, submissionId, claimed),
    );
  }

  @SubscribeMessage('review:watch')
  watch(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(reviewWatchSchema, payload, async ({ cohortId }) => {
      await socket.join(await this.submissions.watch(socket.data.user, cohortId));
      return {};
    });
  }
}
