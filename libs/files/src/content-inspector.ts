import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '@trainaction/platform';
import { SNIFF_BYTES, sniffFileType } from './file-sniffer';
import { FILE_TYPES, typeOfName, type FileType } from './file-types';

/**
 * Passes content through while deciding its type from the first bytes, counting and hashing it. It fails the
 * stream (so the store keeps nothing) with 415 when the bytes are not an allowed type or not what the name's
 * extension says, and with 413 as soon as the content passes `maxBytes`. Holds at most SNIFF_BYTES at once.
 */
export class ContentInspector extends Transform {
  private head: Buffer[] = [];
  private headBytes = 0;
  private sniffed?: FileType;
  private readonly hash = createHash('sha256');
  /** Bytes seen so far (not `size`: storage clients read `Body.size` as a Blob's length). */
  byteCount = 0;
  /** The first refusal, kept because storage clients may wrap the stream's error in their own. */
  failure?: AppError;

  constructor(
    private readonly name: string,
    private readonly maxBytes: number,
    private readonly allowed: readonly FileType[],
  ) {
    super();
  }

  get type(): FileType | undefined {
    return this.sniffed;
  }

  get sha256(): string {
    return this.hash.digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.byteCount += chunk.length;
    if (this.byteCount > this.maxBytes)
      return done(this.refuse(new AppError('FILE_TOO_LARGE', `The file is larger than ${this.maxBytes} bytes`)));
    this.hash.update(chunk);
    if (this.sniffed) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return done();
    this.decide().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.sniffed) return done();
    if (this.headBytes === 0) return done(this.refuse(new AppError('UNSUPPORTED_FILE_TYPE', 'The file is empty')));
    this.decide().then(() => done(), done);
  }

  private async decide(): Promise<void> {
    const head = Buffer.concat(this.head);
    const type = await sniffFileType(head);
    const named = typeOfName(this.name);
    if (!type || !this.allowed.includes(type)) {
      throw this.refuse(new AppError('UNSUPPORTED_FILE_TYPE', `Only these kinds of file are accepted here: ${this.allowed.join(', ')}`));
    }
    if (named !== undefined ? named !== type : /\.[^.]{1,10}$/.test(this.name)) {
      throw this.refuse(
        new AppError(
          'UNSUPPORTED_FILE_TYPE',
          `The file's content is ${type}, not what its name says (${FILE_TYPES[type].extensions.join('/')} expected)`,
        ),
      );
    }
    this.sniffed = type;
    this.head = [];
    this.push(head);
  }

  private refuse(error: AppError): AppError {
    this.failure ??= error;
    return error;
  }
}
