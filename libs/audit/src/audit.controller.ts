import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditLogEntrySchema } from '@trainaction/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ApiResult, Roles } from '@trainaction/platform';
import { AuditLog } from './audit-log';

class AuditQueryDto extends createZodDto(
  z.strictObject({
    action: z.string().max(60).optional(),
    cursor: z
      .string()
      .regex(/^[0-9a-f]{24}$/)
      .optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
) {}

/**
 * The whole audit log (role changes, exports, every cohort's actions), read-only, for coordinators and
 * admins; safeguarding entries only in the cohort view of its safeguarding contacts.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Roles('coordinator', 'admin')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLog) {}

  @Get()
  @ApiOperation({ summary: 'Audit entries, newest first, filterable by action' })
  @ApiResult(z.array(auditLogEntrySchema))
  async list(@Query() query: AuditQueryDto) {
    const entries = await this.audit.find({ action: query.action, before: query.cursor, limit: query.limit });
    return entries.map((entry) => ({ ...entry, at: entry.at.toISOString() }));
  }
}
