import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CohortsModule } from '@trainaction/cohorts';
import { IdentityModule } from '@trainaction/identity';
import { NotificationsModule } from '@trainaction/notifications';
import { ActivityModule } from '@trainaction/activity';
import {
  MESSAGE_EDIT_MODEL,
  MESSAGE_MODEL,
  MESSAGE_TERM_MODEL,
  MessageTermSchema,
  MessageEditSchema,
  MessageSchema,
  REACTION_MODEL,
  ReactionSchema,
  READ_MARK_MODEL,
  ReadMarkSchema,
  ROOM_MODEL,
  RoomSchema,
} from './message.schema';
import { RoomsController } from './rooms.controller';
import { RoomsGateway } from './rooms.gateway';
import { RoomDirectory } from './ports/room-directory';
import { RoomsErasure } from './ports/rooms-erasure';
import { RoomsRepository } from './rooms.repository';
import { MessageBroadcast } from './message-broadcast';
import { DatabaseMessageStore, MessageStore } from './message-store';
import { RoomAccess } from './room-access';
import { RoomCatchUp } from './room-catch-up';
import { RoomMessages } from './room-messages.service';
import { RoomModeration } from './room-moderation.service';
import { RoomPresence } from './room-presence';
import { RoomsService } from './rooms.service';
import { MessageSearch } from './message-search';
import { MessageSearchIndex } from './message-search-index';
import { SendRateLimiter } from './send-rate-limiter';
import { RoomsWarmUp } from './rooms-warm-up';

@Module({
  imports: [
    ActivityModule,
    CohortsModule,
    IdentityModule,
    NotificationsModule,
    MongooseModule.forFeature([
      { name: ROOM_MODEL, schema: RoomSchema },
      { name: MESSAGE_MODEL, schema: MessageSchema },
      { name: REACTION_MODEL, schema: ReactionSchema },
      { name: MESSAGE_EDIT_MODEL, schema: MessageEditSchema },
      { name: READ_MARK_MODEL, schema: ReadMarkSchema },
      { name: MESSAGE_TERM_MODEL, schema: MessageTermSchema },
    ]),
  ],
  controllers: [RoomsController],
  providers: [
    RoomsRepository,
    RoomAccess,
    RoomsService,
    RoomMessages,
    RoomCatchUp,
    RoomPresence,
    RoomModeration,
    MessageBroadcast,
    // The composition root may provide another store (apps/api/src/compose.ts, for the gateway benchmark).
    { provide: MessageStore, useClass: DatabaseMessageStore },
    RoomsGateway,
    MessageSearchIndex,
    MessageSearch,
    SendRateLimiter,
    RoomsWarmUp,
    RoomDirectory,
    RoomsErasure,
  ],
  // The repository (and search index) are exported for the seeding entry point only (apps/api/src/demo, tests); libs use the ports.
  exports: [RoomsService, RoomAccess, RoomMessages, RoomModeration, RoomDirectory, RoomsErasure, RoomsRepository, MessageSearchIndex],
})
export class RoomsModule {}
