import { Injectable } from '@nestjs/common';
import { AppError, type AuthUser } from '@trainaction/platform';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { answerRange } from './byte-ranges';
import { FileAccess } from './file-access';
import type { FileRecord } from './file-record';
import { FILE_TYPES } from './file-types';
import { FilesService } from './files.service';
import { contentDisposition } from './safe-name';
import { BlobMissingError } from './storage/blob-store';

/** What a stored file may do once opened: nothing (no scripts, no plugins); PDFs need the browser's viewer. */
const SANDBOXED = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";
const PDF = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

/**
 * Answers `GET /api/files/:id` (and HEAD, which Express routes here: the same headers and access, no content
 * read): the kind's policy decides (404 otherwise, as for anything one may not see), then the content streams
 * with its sniffed type, a Content-Disposition (inline only for the kinds a browser shows safely), nosniff, a
 * sandboxing CSP and private caching.
 */
@Injectable()
export class FileServing {
  constructor(
    private readonly files: FilesService,
    private readonly access: FileAccess,
  ) {}

  async readable(caller: AuthUser, id: string): Promise<FileRecord> {
    const file = await this.files.find(id);
    if (!file || !(await this.access.mayRead(caller, file.belongsTo))) throw AppError.notFound('File');
    return file;
  }

  async serve(caller: AuthUser, id: string, download: boolean, req: Request, res: Response): Promise<void> {
    const file = await this.readable(caller, id);
    const kind = FILE_TYPES[file.type];
    const etag = `"${file.sha256}"`;
    res.setHeader('Content-Type', kind.mime);
    res.setHeader('Content-Disposition', contentDisposition(kind.inline && !download ? 'inline' : 'attachment', file.name));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', file.type === 'pdf' ? PDF : SANDBOXED);
    res.setHeader('Cache-Control', 'private, max-age=300');
    res.removeHeader('Pragma');
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const answer = answerRange(file.size, req.headers.range, req.get('if-range'), etag);
    if (answer.status === 416) {
      res.status(416).setHeader('Content-Range', `bytes */${file.size}`);
      res.end();
      return;
    }
    const range = answer.status === 206 ? answer.range : undefined;
    const length = String(range ? range.end - range.start + 1 : file.size);
    const contentRange = range ? `bytes ${range.start}-${range.end}/${file.size}` : undefined;
    if (req.method === 'HEAD') {
      res.status(answer.status).setHeader('Content-Length', length);
      if (contentRange) res.setHeader('Content-Range', contentRange);
      res.end();
      return;
    }
    const body = await this.files.open(file, range).catch((error: unknown) => {
      throw error instanceof BlobMissingError ? AppError.notFound('File') : error;
    });
    res.status(answer.status);
    res.setHeader('Content-Length', length);
    if (contentRange) res.setHeader('Content-Range', contentRange);
    // A client that goes away mid-download ends the stream; there is nothing to answer then.
    await pipeline(body, res).catch(() => undefined);
  }
}
