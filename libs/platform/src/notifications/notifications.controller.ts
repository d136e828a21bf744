import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Notifications } from './notifications';

class ListDto extends createZodDto(z.strictObject({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(100).default(30) })) {}
class ReadDto extends createZodDto(z.strictObject({ ids: z.union([z.array(z.string().regex(/^[0-9a-f]{24}$/)).max(100), z.literal('all')]) })) {}
class PrefsDto extends createZodDto(z.strictObject({ digest: z.enum(['off', 'daily']) })) {}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: Notifications) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  list(@CurrentUser() caller: AuthUser, @Query() query: ListDto) {
    return this.notifications.list(caller.id, { unreadOnly: query.unread === 'true', limit: query.limit });
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark notifications read (ids, or "all"); answers the unread count' })
  async read(@CurrentUser() caller: AuthUser, @Body() body: ReadDto) {
    return { unread: await this.notifications.markRead(caller.id, body.ids) };
  }

  @Get('digest')
  @ApiOperation({ summary: 'The daily digest: my preference and the last day’s notifications (e-mail delivery is out of scope)' })
  async digest(@CurrentUser() caller: AuthUser) {
    const since = new Date(Date.now() - 86_400_000);
    return { digest: await this.notifications.digestPreference(caller.id), since: since.toISOString(), ...(await this.notifications.list(caller.id, { since, limit: 100 })) };
  }

  @Put('digest')
  @ApiOperation({ summary: 'Set the digest preference' })
  async setDigest(@CurrentUser() caller: AuthUser, @Body() body: PrefsDto) {
    await this.notifications.setDigestPreference(caller.id, body.digest);
    return { digest: body.digest };
  }
}
