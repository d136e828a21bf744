import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  acceptedSchema,
  accessTokenSchema,
  type AuthResult,
  authResultSchema,
  type PasswordResetDone,
  passwordResetDoneSchema,
  type PasswordResetRequested,
  type RegisterAccepted,
} from '@trainaction/contracts';
import { ApiErrors, ApiNoContent, ApiResult, AppConfig, AppError, isAllowedOrigin, Public } from '@trainaction/platform';
import type { Request, Response } from 'express';
import { AuthService } from './auth.service';
import { Throttled } from './login-throttle';
import { LoginDto, PasswordResetConfirmDto, PasswordResetRequestDto, RegisterDto } from './identity.dto';
import { PasswordResetService } from './password-reset.service';
import { REFRESH_COOKIE, refreshCookieOptions, withRefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly resets: PasswordResetService,
    private readonly config: AppConfig,
  ) {}

  /** The same 202 and body whether the address was new (account created) or not (nothing changed). */
  @Post('register')
  @ApiOperation({ summary: 'Create a learner account for a new address; the same answer for one that exists. Sign in afterwards.' })
  @ApiResult(acceptedSchema, { status: 202 })
  async register(@Body() body: RegisterDto): Promise<RegisterAccepted> {
    await this.auth.register(body);
    return { status: 'accepted' };
  }

  @Post('login')
  @ApiOperation({ summary: 'Sign in; sets the refresh cookie. 429 with Retry-After past the failed sign-ins allowed from an address' })
  @ApiResult(authResultSchema)
  @ApiErrors(401)
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResult> {
    try {
      return withRefreshCookie(res, await this.auth.login(body, req.ip ?? 'unknown'), this.config);
    } catch (error) {
      if (error instanceof Throttled) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }

  /** The same 202 and body, after the same time, whether or not the address has an account. */
  @Post('password-reset')
  @ApiOperation({
    summary:
      'Ask for a password-reset link by mail; the same answer for any address. 429 with Retry-After past the requests allowed from an address',
  })
  @ApiResult(acceptedSchema, { status: 202 })
  async requestPasswordReset(
    @Body() body: PasswordResetRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PasswordResetRequested> {
    try {
      await this.resets.request(body.email, req.ip ?? 'unknown');
    } catch (error) {
      if (error instanceof Throttled) res.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
    return { status: 'accepted' };
  }

  @Post('password-reset/confirm')
  @ApiOperation({
    summary:
      'Set a new password with the token of a reset link; ends every sign-in of the account. 400 LINK_INVALID, 410 LINK_EXPIRED or LINK_USED',
  })
  @ApiResult(passwordResetDoneSchema)
  @ApiErrors(410)
  async confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<PasswordResetDone> {
    await this.resets.confirm(body.token, body.password);
    return { status: 'password_changed' };
  }

  @Post('refresh')
  @ApiOperation({ summary: 'Rotate the refresh cookie and get a new access token' })
  @ApiResult(accessTokenSchema)
  @ApiErrors(401, 403)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ accessToken: string }> {
    this.assertSameOrigin(req);
    try {
      const session = await this.auth.refresh(req.cookies?.[REFRESH_COOKIE]);
      return { accessToken: withRefreshCookie(res, session, this.config).accessToken };
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') res.clearCookie(REFRESH_COOKIE, refreshCookieOptions(this.config));
      throw error;
    }
  }

  @Post('logout')
  @ApiOperation({ summary: 'End this sign-in (its whole refresh-token family)' })
  @ApiNoContent()
  @ApiErrors(403)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    this.assertSameOrigin(req);
    await this.auth.logout(req.cookies?.[REFRESH_COOKIE]);
    res.clearCookie(REFRESH_COOKIE, refreshCookieOptions(this.config));
  }

  /** Cookie-authenticated endpoints refuse cross-site callers. */
  private assertSameOrigin(req: Request): void {
    if (!isAllowedOrigin(req, this.config)) throw new AppError('FORBIDDEN', 'Cross-site request refused');
  }
}
