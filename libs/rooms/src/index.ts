export * from './rooms.module';
export { RoomsService } from './rooms.service';
export { RoomAccess } from './room-access';
export { RoomMessages } from './room-messages.service';
export { RoomModeration } from './room-moderation.service';
export { MessageStore, type MessageRecord, type NewMessage } from './message-store';
export { RoomsRepository } from './rooms.repository';
export { MessageSearchIndex } from './message-search-index';
