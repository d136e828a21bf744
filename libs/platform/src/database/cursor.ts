import { AppError } from '../errors/app-error';

/** Opaque list cursors: the client gets a token, never a raw id or offset. */
export function encodeCursor(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const value = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{24}$/.test(value))
    throw new AppError('VALIDATION_FAILED', 'The cursor is not valid', [{ path: 'cursor', message: 'is not a cursor from this list' }]);
  return value;
}

export function isObjectId(value: string): boolean {
  return /^[0-9a-f]{24}$/.test(value);
}
