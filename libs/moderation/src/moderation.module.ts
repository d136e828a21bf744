import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CohortsModule } from '@trainaction/cohorts';
import { RoomsModule } from '@trainaction/rooms';
import { ForumModule } from '@trainaction/forum';
import { IdentityModule } from '@trainaction/identity';
import { NotificationsModule } from '@trainaction/notifications';
import { AuditModule } from '@trainaction/audit';
import { FlagOutcomeNotifier } from './flag-outcome.notifier';
import { ModerationController } from './moderation.controller';
import { ModerationGateway } from './moderation.gateway';
import { ModerationRepository } from './moderation.repository';
import { FLAG_MODEL, FlagSchema, SAFEGUARDING_MODEL, SafeguardingContactSchema } from './moderation.schema';
import { ContentModeration } from './content-moderation.service';
import { EquityOfVoice } from './equity.service';
import { ModerationAudit } from './moderation-audit';
import { ModerationFlags } from './moderation-flags.service';
import { ModerationSanctions } from './moderation-sanctions.service';
import { ModeratorCheck } from './moderator-check';
import { SafeguardingContacts } from './safeguarding-contacts.service';
import { OpenFlags } from './open-flags';

@Module({
  imports: [
    AuditModule,
    CohortsModule,
    RoomsModule,
    ForumModule,
    IdentityModule,
    NotificationsModule,
    MongooseModule.forFeature([
      { name: FLAG_MODEL, schema: FlagSchema },
      { name: SAFEGUARDING_MODEL, schema: SafeguardingContactSchema },
    ]),
  ],
  controllers: [ModerationController],
  providers: [
    ModerationRepository,
    ModeratorCheck,
    ModerationAudit,
    ModerationFlags,
    ContentModeration,
    ModerationSanctions,
    SafeguardingContacts,
    EquityOfVoice,
    ModerationGateway,
    FlagOutcomeNotifier,
    OpenFlags,
  ],
  exports: [ModerationFlags, ContentModeration, ModerationSanctions, OpenFlags],
})
export class ModerationModule {}
