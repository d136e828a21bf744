import { HttpException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ERROR_STATUS, type ErrorCode, type FieldIssue } from '@trainaction/contracts';
import { ZodError } from 'zod';
import { ZodValidationException } from 'nestjs-zod';
import { AppError } from './app-error';

export interface MappedError {
  status: number;
  code: ErrorCode;
  message: string;
  details?: FieldIssue[];
}

const HTTP_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

export function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '(root)'),
    message: issue.message,
  }));
}

function isDatabaseUnavailable(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? '';
  return (
    /^(MongoServerSelectionError|MongoNetworkError|MongoNetworkTimeoutError|MongoNotConnectedError|MongoTopologyClosedError|MongoPoolClearedError)$/.test(
      name,
    ) || ((error as { message?: string })?.message ?? '').includes('before initial connection is complete')
  );
}

/**
 * A write refused by a unique index: E11000 from MongoDB and from the embedded database's inserts; an update
 * that breaks a unique index on the embedded database (FerretDB on SQLite) fails instead with code 1 and
 * SQLite's "UNIQUE constraint failed".
 */
export function isDuplicateKeyError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: number; message?: string };
  return code === 11000 || (code === 1 && /UNIQUE constraint failed/.test(message ?? ''));
}

/** Maps any thrown value to a protocol error. Unknown failures become INTERNAL with no detail. */
export function mapError(error: unknown): MappedError {
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  if (error instanceof ZodValidationException) {
    const zodError = error.getZodError();
    const details = zodError instanceof ZodError ? zodIssues(zodError) : undefined;
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The request has invalid fields', details };
  }
  if (error instanceof ZodError) {
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The request has invalid fields', details: zodIssues(error) };
  }
  if (error instanceof ThrottlerException) {
    return { status: 429, code: 'RATE_LIMITED', message: 'Too many requests; try again later' };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = HTTP_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    const message = status === 404 ? 'Not found' : status >= 500 ? 'Internal error' : error.message;
    return { status, code, message };
  }
  const bodyParserType = (error as { type?: string })?.type;
  if (bodyParserType === 'entity.too.large') {
    return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
  }
  if (bodyParserType === 'entity.parse.failed' || bodyParserType === 'encoding.unsupported' || bodyParserType === 'charset.unsupported') {
    return { status: 400, code: 'VALIDATION_FAILED', message: 'The request body is not valid JSON' };
  }
  if (isDuplicateKeyError(error)) {
    return { status: 409, code: 'CONFLICT', message: 'That already exists' };
  }
  if (isDatabaseUnavailable(error)) {
    return { status: 503, code: 'UNAVAILABLE', message: 'The service is temporarily unavailable; try again' };
  }
  return { status: ERROR_STATUS.INTERNAL, code: 'INTERNAL', message: 'Internal error' };
}
