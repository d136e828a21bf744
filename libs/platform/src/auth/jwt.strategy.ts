import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config';
import { AccessTokenService, JWT_ALGORITHM } from './access-token.service';
import type { AuthUser } from './auth-user';

/** HTTP bearer tokens: passport-jwt checks the signature; AccessTokenService the claims and revocations. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly tokens: AccessTokenService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtKey as unknown as Buffer, // a key object (see AppConfig.jwtKey); the type is narrower
      algorithms: [JWT_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  validate(payload: Record<string, unknown>): AuthUser {
    return this.tokens.accept(payload);
  }
}
