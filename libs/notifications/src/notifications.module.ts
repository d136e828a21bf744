import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { CohortsModule } from '@trainaction/cohorts';
import { IdentityModule } from '@trainaction/identity';
import { MailModule } from '@trainaction/mail';
import { DigestScheduler } from './digest-scheduler';
import { LegacyNotifications } from './legacy-notifications';
import {
  DIGEST_CLAIM_MODEL,
  DigestClaimSchema,
  NOTIFICATION_MIGRATION_MODEL,
  NOTIFICATION_MODEL,
  NOTIFICATION_PREFS_MODEL,
  NotificationMigrationSchema,
  NotificationPrefsSchema,
  NotificationSchema,
} from './notification.schema';
import { NotificationDigests } from './notification-digests.service';
import { NotificationMail } from './notification-mail';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { Notifications } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * Notifications: stored as kind and parameters, live on sockets, mailed at once or in a daily digest by each
 * person's choice, with one-click unsubscribe. Features use `Notifications.notify` only.
 */
@Module({
  imports: [
    CohortsModule,
    IdentityModule,
    MailModule,
    MongooseModule.forFeature([
      { name: NOTIFICATION_MODEL, schema: NotificationSchema },
      { name: NOTIFICATION_PREFS_MODEL, schema: NotificationPrefsSchema },
      { name: DIGEST_CLAIM_MODEL, schema: DigestClaimSchema },
      { name: NOTIFICATION_MIGRATION_MODEL, schema: NotificationMigrationSchema },
    ]),
  ],
  controllers: [NotificationsController, UnsubscribeController],
  providers: [
    NotificationsRepository,
    Notifications,
    NotificationMail,
    NotificationPreferences,
    NotificationDigests,
    DigestScheduler,
    LegacyNotifications,
  ],
  exports: [Notifications, NotificationDigests, LegacyNotifications],
})
export class NotificationsModule {}
