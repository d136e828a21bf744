import { Injectable } from '@nestjs/common';
import { AppError } from '@trainaction/platform';
import busboy from 'busboy';
import type { Request } from 'express';
import type { BelongsTo, FileRecord } from './file-record';
import type { FileType } from './file-types';
import { FilesService } from './files.service';

export interface UploadOptions {
  ownerId: string;
  belongsTo: BelongsTo;
  /** Files in this one request (more answer 413 TOO_MANY_FILES and keep nothing). */
  maxFiles: number;
  /** Per file (larger answers 413 FILE_TOO_LARGE and keeps nothing). */
  maxBytes: number;
  allowed: readonly FileType[];
}

export interface UploadResult {
  files: FileRecord[];
  /** Text fields sent with the files (at most 10, 10,000 characters each). */
  fields: Record<string, string>;
}

/**
 * Receives a `multipart/form-data` request with busboy, streaming each file into FilesService.store as it
 * arrives (never whole in memory). All or nothing: if one file is refused, the files of the same request that
 * were already stored are removed and the first refusal is thrown. The rest of a refused body is read and
 * dropped so the client gets the answer instead of a reset connection.
 */
@Injectable()
export class Uploads {
  constructor(private readonly files: FilesService) {}

  async receive(req: Request, options: UploadOptions): Promise<FileRecord[]> {
    return (await this.receiveWithFields(req, options)).files;
  }

  receiveWithFields(req: Request, options: UploadOptions): Promise<UploadResult> {
    if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
      return Promise.reject(new AppError('VALIDATION_FAILED', 'Send the files as multipart/form-data'));
    }
    return new Promise((resolve, reject) => {
      const parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: options.maxFiles, fields: 10, fieldSize: 10_000, parts: options.maxFiles + 10, headerPairs: 100 },
      });
      const stored: Promise<FileRecord>[] = [];
      const fields: Record<string, string> = {};
      let failure: AppError | Error | undefined;
      const fail = (error: AppError | Error) => {
        if (failure) return;
        failure = error;
        req.unpipe(parser);
        req.resume();
        void finish();
      };
      const finish = async () => {
        const settled = await Promise.allSettled(stored);
        const files = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
        const refused = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
        const error =
          failure ?? refused?.reason ?? (files.length === 0 ? new AppError('VALIDATION_FAILED', 'No file was sent') : undefined);
        if (!error) return resolve({ files, fields });
        for (const file of files) await this.files.delete(file.id).catch(() => undefined);
        reject(error);
      };

      parser.on('file', (_field, stream, info) => {
        if (failure) return stream.resume();
        const store = this.files.store({ ...options, name: info.filename ?? '', stream });
        store.catch((error: Error) => fail(error));
        stored.push(store);
      });
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated || info.nameTruncated) fail(new AppError('VALIDATION_FAILED', `The field ${name} is too long`));
        else fields[name] = value;
      });
      parser.on('filesLimit', () => fail(new AppError('TOO_MANY_FILES', `At most ${options.maxFiles} files at once`)));
      parser.on('fieldsLimit', () => fail(new AppError('VALIDATION_FAILED', 'Too many fields')));
      parser.on('partsLimit', () => fail(new AppError('VALIDATION_FAILED', 'Too many parts')));
      parser.on('error', () => fail(new AppError('VALIDATION_FAILED', 'The upload is not well-formed multipart/form-data')));
      parser.on('close', () => {
        if (!failure) void finish();
      });
      req.on('aborted', () => fail(new AppError('VALIDATION_FAILED', 'The upload was interrupted')));
      req.pipe(parser);
    });
  }
}
