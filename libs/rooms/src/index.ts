export * from './rooms.module';
export { RoomsService } from './rooms.service';
export type { MessageRecord, RoomRecord } from './rooms.repository';
export { RoomDirectory } from './ports/room-directory';
export { RoomsErasure } from './ports/rooms-erasure';
