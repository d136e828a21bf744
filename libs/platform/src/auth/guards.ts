import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@trainaction/contracts';
import type { Request, Response } from 'express';
import passport from 'passport';
import { AppError } from '../errors/app-error';
import type { AuthUser } from './auth-user';
import { JwtStrategy } from './jwt.strategy';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';

/**
 * Every HTTP route needs a valid access token unless marked @Public(): this app's passport-jwt strategy
 * (JwtStrategy), with the same claim and revocation checks as socket handshakes. The strategy is passed to
 * passport as an instance, not looked up by name: passport keeps named strategies process-wide, and two APIs
 * in one process (tests) would check each other's tokens against the wrong revocation list.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly strategy: JwtStrategy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    req.user = await new Promise<AuthUser>((resolve, reject) => {
      const refuse = () => reject(new AppError('UNAUTHENTICATED', 'The access token is missing, invalid or expired'));
      passport.authenticate(this.strategy, { session: false }, (err: unknown, user: AuthUser | false) =>
        err || !user ? refuse() : resolve(user),
      )(req, res, refuse);
    });
    return true;
  }
}

/** The token of an `Authorization: Bearer …` header, if it has one of a sane length. */
export function bearerToken(header: unknown): string | undefined {
  return typeof header === 'string' ? /^Bearer +(\S{1,4096})$/i.exec(header)?.[1] : undefined;
}

/** Checks @Roles(...) against the caller's global role. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!roles?.length) return true;
    const user = context.switchToHttp().getRequest<Request>().user;
    if (!user || !roles.includes(user.role)) throw new AppError('FORBIDDEN', 'Your role does not allow this');
    return true;
  }
}
