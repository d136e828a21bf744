import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  mailPreferencesInputSchema,
  type MailPreferencesView,
  mailPreferencesViewSchema,
  notificationDigestSchema,
  type NotificationDigestView,
  notificationListSchema,
  unreadCountSchema,
} from '@trainaction/contracts';
import { ApiResult, type AuthUser, CurrentUser } from '@trainaction/platform';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { NotificationDigests } from './notification-digests.service';
import { NotificationPreferences } from './notification-preferences.service';
import { Notifications } from './notifications.service';

class ListDto extends createZodDto(
  z.strictObject({ unread: z.enum(['true', 'false']).optional(), limit: z.coerce.number().int().min(1).max(100).default(30) }),
) {}
class ReadDto extends createZodDto(
  z.strictObject({ ids: z.union([z.array(z.string().regex(/^[0-9a-f]{24}$/)).max(100), z.literal('all')]) }),
) {}
class PreferencesDto extends createZodDto(mailPreferencesInputSchema) {}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: Notifications,
    private readonly preferences: NotificationPreferences,
    private readonly digests: NotificationDigests,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My notifications (kind and parameters), newest first, with the unread count' })
  @ApiResult(notificationListSchema)
  list(@CurrentUser() caller: AuthUser, @Query() query: ListDto) {
    return this.notifications.list(caller.id, { unreadOnly: query.unread === 'true', limit: query.limit });
  }

  @Post('read')
  @ApiOperation({ summary: 'Mark notifications read (ids, or "all"); answers the unread count' })
  @ApiResult(unreadCountSchema)
  async read(@CurrentUser() caller: AuthUser, @Body() body: ReadDto) {
    return { unread: await this.notifications.markRead(caller.id, body.ids) };
  }

  @Get('preferences')
  @ApiOperation({ summary: 'My notification mail per group (immediately, daily digest, off) and when my digest goes out' })
  @ApiResult(mailPreferencesViewSchema)
  getPreferences(@CurrentUser() caller: AuthUser): Promise<MailPreferencesView> {
    return this.preferences.get(caller.id);
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Change my notification mail for one or more groups' })
  @ApiResult(mailPreferencesViewSchema)
  setPreferences(@CurrentUser() caller: AuthUser, @Body() body: PreferencesDto): Promise<MailPreferencesView> {
    return this.preferences.set(caller.id, body);
  }

  @Get('digest')
  @ApiOperation({ summary: 'My next daily digest so far: unread notifications of my daily groups since my last digest' })
  @ApiResult(notificationDigestSchema)
  digest(@CurrentUser() caller: AuthUser): Promise<NotificationDigestView> {
    return this.digests.preview(caller.id);
  }
}
