import { Module } from '@nestjs/common';
import { AnalyticsModule } from '@trainaction/analytics';
import { CatalogModule } from '@trainaction/catalog';
import { CohortsModule } from '@trainaction/cohorts';
import { RoomsModule } from '@trainaction/rooms';
import { FilesModule } from '@trainaction/files';
import { ForumModule } from '@trainaction/forum';
import { IdentityModule } from '@trainaction/identity';
import { MailModule } from '@trainaction/mail';
import { ModerationModule } from '@trainaction/moderation';
import { NotificationsModule } from '@trainaction/notifications';
import { PlatformModule } from '@trainaction/platform';
import { SubmissionsModule } from '@trainaction/submissions';
import { AuditModule } from '@trainaction/audit';
import { ActivityModule } from '@trainaction/activity';
import { DemoModule } from './demo/demo.module';
import { ErasureModule } from './erasure/erasure.module';
import { PeopleModule } from './people/people.module';

@Module({
  imports: [
    PlatformModule,
    AuditModule,
    ActivityModule,
    FilesModule,
    MailModule,
    IdentityModule,
    CatalogModule,
    CohortsModule,
    NotificationsModule,
    RoomsModule,
    ForumModule,
    SubmissionsModule,
    ModerationModule,
    AnalyticsModule,
    ErasureModule,
    PeopleModule,
    DemoModule,
  ],
})
export class AppModule {}
