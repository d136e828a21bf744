export * from './rooms.module';
export { RoomsService } from './rooms.service';
export type { MessageRecord, RoomRecord } from './rooms.repository';
export { RoomMessages } from './ports/room-messages';
export { RoomsErasure } from './ports/rooms-erasure';
