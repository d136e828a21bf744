import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { ack, type AppSocket } from '@trainaction/platform';
import { z } from 'zod';

/** Lets a client check which account its socket is signed in as. */
@WebSocketGateway()
export class SessionGateway {
  @SubscribeMessage('session:whoami')
  whoami(@ConnectedSocket() socket: AppSocket, @MessageBody() payload: unknown) {
    return ack(z.strictObject({}), payload ?? {}, async () => ({ userId: socket.data.user.id, role: socket.data.user.role }));
  }
}
