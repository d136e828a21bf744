import { Controller, Get, Post, Query, Redirect } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { unsubscribedSchema, type UnsubscribeLinkView, unsubscribeLinkViewSchema, unsubscribeQuerySchema } from '@trainaction/contracts';
import { ApiErrors, ApiFileResult, ApiResult, AppConfig, Public } from '@trainaction/platform';
import { createZodDto } from 'nestjs-zod';
import { NotificationPreferences } from './notification-preferences.service';

class UnsubscribeQueryDto extends createZodDto(unsubscribeQuerySchema) {}

/**
 * The link in `List-Unsubscribe` and at the foot of every notification mail: it works without signing in,
 * the signed token being the proof. A POST (the mail client's one-click, RFC 8058) turns that mail off; a
 * GET (a person following the link) changes nothing and goes to the web page that asks them to confirm.
 */
@ApiTags('notifications')
@Public()
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly preferences: NotificationPreferences,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058): turns off the mail the signed token names' })
  @ApiResult(unsubscribedSchema)
  @ApiErrors(410)
  unsubscribe(@Query() query: UnsubscribeQueryDto) {
    return this.preferences.unsubscribe(query.token);
  }

  @Get()
  @Redirect()
  @ApiOperation({ summary: 'Followed from a mail: 303 to the web page that confirms, in the person’s language' })
  @ApiFileResult(303, ['text/html'], 'To the web app’s confirmation page')
  page(@Query() query: UnsubscribeQueryDto) {
    const url = new URL('/unsubscribe', this.config.publicOrigin);
    url.searchParams.set('token', query.token);
    return { url: url.href, statusCode: 303 };
  }

  @Get('check')
  @ApiOperation({ summary: 'What a link turns off and in which language to ask (the confirmation page)' })
  @ApiResult(unsubscribeLinkViewSchema)
  @ApiErrors(410)
  check(@Query() query: UnsubscribeQueryDto): Promise<UnsubscribeLinkView> {
    return this.preferences.check(query.token);
  }
}
