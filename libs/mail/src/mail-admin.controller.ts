import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MailStatusView } from '@trainaction/contracts';
import { Roles } from '@trainaction/platform';
import { MailOutbox } from './mail-outbox';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/mail')
export class MailAdminController {
  constructor(private readonly outbox: MailOutbox) {}

  @Get()
  @ApiOperation({ summary: 'Outbox mails per state and the addresses whose last delivery failed for good (admins)' })
  status(): Promise<MailStatusView> {
    return this.outbox.status();
  }
}
