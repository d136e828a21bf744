import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type MailStatusView, mailStatusViewSchema } from '@trainaction/contracts';
import { ApiResult, Roles } from '@trainaction/platform';
import { MailOutbox } from './mail-outbox';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/mail')
export class MailAdminController {
  constructor(private readonly outbox: MailOutbox) {}

  @Get()
  @ApiOperation({ summary: 'Outbox mails per state and the addresses whose last delivery failed for good (admins)' })
  @ApiResult(mailStatusViewSchema)
  status(): Promise<MailStatusView> {
    return this.outbox.status();
  }
}
