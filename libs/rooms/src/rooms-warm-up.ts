import { Injectable } from '@nestjs/common';
import { WarmUps } from '@trainaction/platform';
import { RoomsRepository } from './rooms.repository';

/** The rooms of the newest messages (this many read), at most `ROOMS` of them. */
const NEWEST = 500;
const ROOMS = 25;

/**
 * The history pages people open most, asked by the API of itself before it listens (`WarmUps.addRequests`):
 * the latest page of the rooms of the newest messages, and the page before their newest message.
 */
@Injectable()
export class RoomsWarmUp {
  constructor(repo: RoomsRepository, warmUps: WarmUps) {
    warmUps.addRequests('rooms', async () =>
      (await repo.newestMessageOfRooms(NEWEST))
        .slice(0, ROOMS)
        .flatMap(({ roomId, id }) => [`/api/rooms/${roomId}/messages?limit=50`, `/api/rooms/${roomId}/messages?limit=50&before=${id}`]),
    );
  }
}
