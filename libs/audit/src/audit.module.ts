import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditLog } from './audit-log';
import { AuditController } from './audit.controller';
import { AUDIT_MODEL, AuditEntrySchema } from './audit.schema';

/**
 * The audit log of moderation and role actions (`audit_log`): libs that act on people record into it through
 * `AuditLog.record`; coordinators and admins read it at `GET /api/audit`, moderation shows a cohort's or a
 * course's part. It depends on the platform only, so every lib may import it.
 */
@Module({
  imports: [MongooseModule.forFeature([{ name: AUDIT_MODEL, schema: AuditEntrySchema }])],
  controllers: [AuditController],
  providers: [AuditLog],
  exports: [AuditLog],
})
export class AuditModule {}
