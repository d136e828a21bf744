import { ERROR_STATUS, type ErrorCode, type FieldIssue } from '@trainaction/contracts';

/** A failure with a protocol error code; services throw it, the filter and the gateways translate it. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  static notFound(what = 'Resource'): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }
}
