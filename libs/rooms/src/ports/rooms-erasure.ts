import { Injectable } from '@nestjs/common';
import { RoomsRepository } from '../rooms.repository';

/** What erasing an account (apps/api/src/erasure) asks of the rooms: their messages stay, under another name. */
@Injectable()
export class RoomsErasure {
  constructor(private readonly rooms: RoomsRepository) {}

  /** Every message of the author shows `name`; the room snapshots are cleared on every node. */
  renameAuthor(authorId: string, name: string): Promise<void> {
    return this.rooms.renameAuthor(authorId, name);
  }
}
