import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Role } from '@trainaction/contracts';
import type { Request } from 'express';
import { AppError } from '../errors/app-error';
import type { AuthUser } from './auth-user';
import { IS_PUBLIC } from './public.decorator';
import { ROLES_KEY } from './roles.decorator';

/** Every HTTP route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    return super.canActivate(context);
  }

  override handleRequest<T = AuthUser>(err: unknown, user: T | false): T {
    if (err || !user) throw new AppError('UNAUTHENTICATED', 'The access token is missing, invalid or expired');
    return user;
  }
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
