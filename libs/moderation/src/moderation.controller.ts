import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AuditEntryView,
  auditEntryViewSchema,
  auditQuerySchema,
  equityQuerySchema,
  equityReportSchema,
  FLAG_STATES,
  flagUpdateSchema,
  flagViewSchema,
  messageHistorySchema,
  safeguardingContactsSchema,
  sanctionSchema,
  sanctionViewSchema,
} from '@trainaction/contracts';
import { ApiResult, type AuthUser, CurrentUser, toCsv } from '@trainaction/platform';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ContentModeration } from './content-moderation.service';
import { EquityOfVoice } from './equity.service';
import { ModerationAudit } from './moderation-audit';
import { ModerationFlags } from './moderation-flags.service';
import { ModerationSanctions } from './moderation-sanctions.service';
import { SafeguardingContacts } from './safeguarding-contacts.service';

class FlagUpdateDto extends createZodDto(flagUpdateSchema) {}
class FlagListQueryDto extends createZodDto(z.strictObject({ state: z.enum(FLAG_STATES).optional() })) {}
class AuditQueryDto extends createZodDto(auditQuerySchema) {}
class EquityQueryDto extends createZodDto(equityQuerySchema) {}
class ContactsDto extends createZodDto(safeguardingContactsSchema) {}
class SanctionDto extends createZodDto(sanctionSchema.omit({ cohortId: true })) {}

@ApiTags('moderation')
@ApiBearerAuth()
@Controller()
export class ModerationController {
  constructor(
    private readonly flagQueue: ModerationFlags,
    private readonly memberSanctions: ModerationSanctions,
    private readonly safeguarding: SafeguardingContacts,
    private readonly auditLogs: ModerationAudit,
    private readonly content: ContentModeration,
    private readonly equityOfVoice: EquityOfVoice,
  ) {}

  @Get('cohorts/:id/flags')
  @ApiOperation({ summary: 'Flag queue of a cohort (moderators; safeguarding flags only for its safeguarding contacts)' })
  @ApiResult(z.array(flagViewSchema))
  flags(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Query() query: FlagListQueryDto) {
    return this.flagQueue.flags(caller, cohortId, query.state);
  }

  @Patch('flags/:id')
  @ApiOperation({ summary: 'Change a flag’s state or assignee, or add a note' })
  @ApiResult(flagViewSchema)
  updateFlag(@CurrentUser() caller: AuthUser, @Param('id') id: string, @Body() body: FlagUpdateDto) {
    return this.flagQueue.updateFlag(caller, id, body);
  }

  @Post('cohorts/:id/sanctions')
  @ApiOperation({ summary: 'Mute or ban a member for some minutes (0 lifts it); the same as the moderation:mute event' })
  @ApiResult(z.object({ sanction: sanctionViewSchema }), { status: 201 })
  sanction(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Body() body: SanctionDto) {
    return this.memberSanctions.sanction(caller, { ...body, cohortId });
  }

  @Get('cohorts/:id/sanctions')
  @ApiOperation({ summary: 'Mutes and bans in force in the cohort (moderators)' })
  @ApiResult(z.array(sanctionViewSchema.extend({ displayName: z.string() })))
  sanctions(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string) {
    return this.memberSanctions.sanctions(caller, cohortId);
  }

  @Get('cohorts/:id/safeguarding-contacts')
  @ApiOperation({ summary: 'Who receives safeguarding flags' })
  @ApiResult(z.array(z.string()))
  contacts(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string) {
    return this.safeguarding.safeguardingContacts(caller, cohortId);
  }

  @Put('cohorts/:id/safeguarding-contacts')
  @ApiOperation({ summary: 'Designate the safeguarding contacts (coordinators)' })
  @ApiResult(z.array(z.string()))
  setContacts(@CurrentUser() caller: AuthUser, @Param('id') cohortId: string, @Body() body: ContactsDto) {
    return this.safeguarding.setSafeguardingContacts(caller, cohortId, body.userIds);
  }

  @Get('cohorts/:id/audit')
  @ApiOperation({ summary: 'Audit log of the cohort, newest first; `format=csv` (or Accept: text/csv) exports it' })
  @ApiResult(z.array(auditEntryViewSchema), { csv: true })
  async audit(
    @CurrentUser() caller: AuthUser,
    @Param('id') cohortId: string,
    @Query() query: AuditQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuditEntryView[] | string> {
    const entries = await this.auditLogs.auditLog(caller, cohortId, query);
    const csv = query.format === 'csv' || (query.format === undefined && res.req.accepts(['application/json', 'text/csv']) === 'text/csv');
    if (!csv) return entries;
    await this.auditLogs.auditExported(caller, cohortId, entries.length);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="audit-${cohortId}.csv"`);
    return toCsv(
      ['at', 'actor', 'action', 'targetType', 'targetId', 'reason', 'details'],
      entries.map((e) => [
        e.at,
        e.actor.displayName,
        e.action,
        e.targetType,
        e.targetId,
        e.reason ?? '',
        e.details ? JSON.stringify(e.details) : '',
      ]),
    );
  }

  @Get('courses/:id/audit')
  @ApiOperation({ summary: 'Audit log of the course’s shared forum, newest first (coordinators and its forum moderators)' })
  @ApiResult(z.array(auditEntryViewSchema))
  courseAudit(@CurrentUser() caller: AuthUser, @Param('id') courseId: string, @Query() query: AuditQueryDto) {
    return this.auditLogs.courseAuditLog(caller, courseId, query);
  }

  @Get('messages/:id/history')
  @ApiOperation({ summary: 'Edit history of a message (moderators and its author)' })
  @ApiResult(messageHistorySchema)
  history(@CurrentUser() caller: AuthUser, @Param('id') messageId: string) {
    return this.content.editHistory(caller, messageId);
  }

  @Get('rooms/:id/equity')
  @ApiOperation({ summary: 'Equity of voice: message shares by gender and country, and who has not spoken (moderators)' })
  @ApiResult(equityReportSchema)
  equity(@CurrentUser() caller: AuthUser, @Param('id') roomId: string, @Query() query: EquityQueryDto) {
    return this.equityOfVoice.equity(caller, roomId, query);
  }
}
