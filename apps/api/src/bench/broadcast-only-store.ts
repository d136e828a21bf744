import { Injectable } from '@nestjs/common';
import { newId } from '@trainaction/platform';
import { MessageStore, type MessageRecord, type NewMessage } from '@trainaction/rooms';

/**
 * The gateway benchmark's store (MESSAGE_STORAGE=off, see compose.ts): a sent message gets an id and is
 * broadcast and acknowledged, but nothing is written (no message, search terms or activity counter).
 */
@Injectable()
export class BroadcastOnlyMessageStore extends MessageStore {
  keep(message: NewMessage): Promise<MessageRecord> {
    return Promise.resolve({ ...message, id: newId() });
  }
}
