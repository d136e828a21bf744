import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { LOGIN_FAILURE_MODEL, LoginFailureSchema, REFRESH_TOKEN_MODEL, RefreshTokenSchema } from './session.schema';
import { SessionGateway } from './session.gateway';
import { SessionsRepository } from './sessions.repository';
import { USER_MODEL, UserSchema } from './user.schema';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: USER_MODEL, schema: UserSchema },
      { name: REFRESH_TOKEN_MODEL, schema: RefreshTokenSchema },
      { name: LOGIN_FAILURE_MODEL, schema: LoginFailureSchema },
    ]),
  ],
  controllers: [AuthController, UsersController],
  providers: [AuthService, UsersService, UsersRepository, SessionsRepository, PasswordHasher, SessionGateway],
  exports: [UsersService, UsersRepository, PasswordHasher],
})
export class IdentityModule {}
