import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import { JWT_ALGORITHM, toAuthUser } from './access-token.service';
import type { AuthUser } from './auth-user';
import { SubjectRevocations } from './subject-revocations';
import { AppError } from '../errors/app-error';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly revocations: SubjectRevocations,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtKey as unknown as Buffer, // a key object (see AppConfig.jwtKey); the type is narrower
      algorithms: [JWT_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  validate(payload: Record<string, unknown>): AuthUser {
    const user = toAuthUser(payload);
    if (this.revocations.isRevoked(user.id)) throw new AppError('UNAUTHENTICATED', 'The access token is missing, invalid or expired');
    return user;
  }
}
