import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';
import { findOperatorKey } from './operator-keys';

/** Rejects bodies and query strings that carry MongoDB operators or dotted paths. */
@Injectable()
export class RejectOperatorsMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const key = findOperatorKey(req.body) ?? findOperatorKey(req.query);
    if (key) {
      next(
        new AppError('VALIDATION_FAILED', 'The request carries a forbidden key', [
          { path: key, message: 'keys may not start with $ or contain . or [' },
        ]),
      );
      return;
    }
    next();
  }
}
