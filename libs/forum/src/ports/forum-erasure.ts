import { Injectable } from '@nestjs/common';
import { ForumRepository } from '../forum.repository';

/** What erasing an account (apps/api/src/erasure) asks of the forum: threads and posts stay, under another name. */
@Injectable()
export class ForumErasure {
  constructor(private readonly forum: ForumRepository) {}

  renameAuthor(authorId: string, name: string): Promise<void> {
    return this.forum.renameAuthor(authorId, name);
  }
}
