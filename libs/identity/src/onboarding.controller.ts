import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  acceptedSchema,
  type AuthResult,
  authResultSchema,
  type EmailVerificationSent,
  type EmailVerified,
  emailVerifiedSchema,
  type InvitationRenewRequested,
  type InvitationUsable,
  invitationUsableSchema,
  sentSchema,
} from '@trainaction/contracts';
import { ApiErrors, ApiResult, AppConfig, type AuthUser, CurrentUser, Public } from '@trainaction/platform';
import type { Response } from 'express';
import { EmailVerification } from './email-verification.service';
import { InvitationAcceptDto, LinkTokenDto } from './identity.dto';
import { Invitations } from './invitations.service';
import { Throttled } from './login-throttle';
import { withRefreshCookie } from './refresh-cookie';

const LINK_ERRORS = '400 LINK_INVALID, 410 LINK_EXPIRED, LINK_USED or LINK_REPLACED';

/** Links from mails that bring a person in: accepting an invitation, verifying an address. */
@ApiTags('auth')
@Controller()
export class OnboardingController {
  constructor(
    private readonly invitations: Invitations,
    private readonly verification: EmailVerification,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/invitation/check')
  @ApiOperation({ summary: `Whether an invitation's token may be used now (nothing changes). ${LINK_ERRORS}` })
  @ApiResult(invitationUsableSchema)
  @ApiErrors(410)
  async check(@Body() body: LinkTokenDto): Promise<InvitationUsable> {
    return { status: 'usable', ...(await this.invitations.check(body.token)) };
  }

  @Public()
  @Post('auth/invitation/accept')
  @ApiOperation({ summary: `Choose a password with an invitation's token; signs in (sets the refresh cookie). ${LINK_ERRORS}` })
  @ApiResult(authResultSchema)
  @ApiErrors(410)
  async accept(@Body() body: InvitationAcceptDto, @Res({ passthrough: true }) res: Response): Promise<AuthResult> {
    return withRefreshCookie(res, await this.invitations.accept(body.token, body.password), this.config);
  }

  @Public()
  @Post('auth/invitation/renew')
  @ApiOperation({
    summary: 'From an expired invitation: a new one to the account’s address, once per expired link; the same answer always',
  })
  @ApiResult(acceptedSchema, { status: 202 })
  async renew(@Body() body: LinkTokenDto): Promise<InvitationRenewRequested> {
    await this.invitations.renew(body.token);
    return { status: 'accepted' };
  }

  @Public()
  @Post('auth/email-verification/confirm')
  @ApiOperation({ summary: `Verify the account's address with the token of its verification link. ${LINK_ERRORS}` })
  @ApiResult(emailVerifiedSchema)
  @ApiErrors(410)
  async confirm(@Body() body: LinkTokenDto): Promise<EmailVerified> {
    await this.verification.confirm(body.token);
    return { status: 'verified' };
  }

  @ApiBearerAuth()
  @Post('me/email-verification')
  @ApiOperation({ summary: 'Send my verification link again (the earlier ones stop working); 409 when verified, 429 past 3 an hour' })
  @ApiResult(sentSchema, { status: 202 })
  @ApiErrors(409)
  async resend(@CurrentUser() caller: AuthUser, @Res({ passthrough: true }) res: Response): Promise<EmailVerificationSent> {
    try {
      await this.verification.resend(caller);
    } catch (error) {
      if (error instanceof Throttled) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
    return { status: 'sent' };
  }
}
