export * from './rooms.module';
export { RoomsService } from './rooms.service';
export { RoomsRepository } from './rooms.repository';
export { MessageSearchIndex } from './message-search-index';
