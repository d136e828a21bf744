import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MailModule } from '@trainaction/mail';
import { AuditModule } from '@trainaction/audit';
import { ACCOUNT_LINK_MODEL, ACCOUNT_LINK_USE_MODEL, AccountLinkSchema, AccountLinkUseSchema } from './account-link.schema';
import { AccountLinks } from './account-links';
import { AccountLinksRepository } from './account-links.repository';
import { AccountNotices } from './account-notices';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { EmailVerification } from './email-verification.service';
import { Invitations } from './invitations.service';
import { OnboardingController } from './onboarding.controller';
import { PasswordHasher } from './password-hasher';
import { PasswordResetRepository } from './password-reset.repository';
import {
  PASSWORD_RESET_REQUEST_MODEL,
  PASSWORD_RESET_TOKEN_MODEL,
  PASSWORD_RESET_USE_MODEL,
  PasswordResetRequestSchema,
  PasswordResetTokenSchema,
  PasswordResetUseSchema,
} from './password-reset.schema';
import { PasswordResetService } from './password-reset.service';
import { LOGIN_FAILURE_MODEL, LoginFailureSchema, REFRESH_TOKEN_MODEL, RefreshTokenSchema } from './session.schema';
import { SessionGateway } from './session.gateway';
import { SessionsRepository } from './sessions.repository';
import { USER_MODEL, UserSchema } from './user.schema';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';
import { UserAccounts } from './ports/user-accounts';
import { UserDirectory } from './ports/user-directory';

@Module({
  imports: [
    AuditModule,
    MongooseModule.forFeature([
      { name: USER_MODEL, schema: UserSchema },
      { name: REFRESH_TOKEN_MODEL, schema: RefreshTokenSchema },
      { name: LOGIN_FAILURE_MODEL, schema: LoginFailureSchema },
      { name: PASSWORD_RESET_TOKEN_MODEL, schema: PasswordResetTokenSchema },
      { name: PASSWORD_RESET_USE_MODEL, schema: PasswordResetUseSchema },
      { name: PASSWORD_RESET_REQUEST_MODEL, schema: PasswordResetRequestSchema },
      { name: ACCOUNT_LINK_MODEL, schema: AccountLinkSchema },
      { name: ACCOUNT_LINK_USE_MODEL, schema: AccountLinkUseSchema },
    ]),
    MailModule,
  ],
  controllers: [AuthController, UsersController, OnboardingController],
  providers: [
    AuthService,
    UsersService,
    UsersRepository,
    SessionsRepository,
    PasswordHasher,
    SessionGateway,
    PasswordResetService,
    PasswordResetRepository,
    AccountNotices,
    AccountLinks,
    AccountLinksRepository,
    Invitations,
    EmailVerification,
    UserDirectory,
    UserAccounts,
  ],
  // UsersRepository is exported for the seeding entry point only (apps/api/src/demo, tests); libs use the ports.
  exports: [UsersService, UserDirectory, UserAccounts, UsersRepository, PasswordHasher, Invitations, EmailVerification],
})
export class IdentityModule {}
