import { Module } from '@nestjs/common';
import { RoomsModule } from '@trainaction/rooms';
import { FilesModule } from '@trainaction/files';
import { ForumModule } from '@trainaction/forum';
import { IdentityModule } from '@trainaction/identity';
import { MailModule } from '@trainaction/mail';
import { NotificationsModule } from '@trainaction/notifications';
import { SubmissionsModule } from '@trainaction/submissions';
import { AuditModule } from '@trainaction/audit';
import { AccountErasureController } from './account-erasure.controller';
import { AccountErasureService } from './account-erasure.service';

@Module({
  imports: [AuditModule, IdentityModule, MailModule, NotificationsModule, RoomsModule, ForumModule, SubmissionsModule, FilesModule],
  controllers: [AccountErasureController],
  providers: [AccountErasureService],
})
export class ErasureModule {}
