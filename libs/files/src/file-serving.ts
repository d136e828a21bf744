import { Injectable } from '@nestjs/common';
import { AppError, type AuthUser } from '@trainaction/platform';
import type { Request, Response } from 'express';
import rangeParser from 'range-parser';
import { pipeline } from 'node:stream/promises';
import { FileAccess } from './file-access';
import type { FileRecord } from './file-record';
import { FILE_TYPES } from './file-types';
import { FilesService } from './files.service';
import { contentDisposition } from './safe-name';
import { BlobMissingError, type ByteRange } from './storage/blob-store';

/** What a stored file may do once opened: nothing (no scripts, no plugins); PDFs need the browser's viewer. */
const SANDBOXED = "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";
const PDF = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

export type RangeAnswer = { status: 200 } | { status: 206; range: ByteRange } | { status: 416 };

/** HTTP Range (RFC 9110) for one stored file: one satisfiable range is answered; several are answered whole. */
export function answerRange(size: number, header: string | undefined, ifRange: string | undefined, etag: string): RangeAnswer {
  if (!header || (ifRange !== undefined && ifRange !== etag)) return { status: 200 };
  const ranges = rangeParser(size, header, { combine: true });
  if (ranges === -1) return { status: 416 };
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return { status: 200 };
  return { status: 206, range: { start: ranges[0].start, end: ranges[0].end } };
}

/**
 * Answers `GET /api/files/:id`: the kind's policy decides (404 otherwise, as for anything one may not see),
 * then the content streams with its sniffed type, a Content-Disposition (inline only for the kinds a browser
 * shows safely), nosniff, a sandboxing CSP and private caching.
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
    const body = await this.files.open(file, range).catch((error: unknown) => {
      throw error instanceof BlobMissingError ? AppError.notFound('File') : error;
    });
    res.status(answer.status);
    res.setHeader('Content-Length', String(range ? range.end - range.start + 1 : file.size));
    if (range) res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
    // A client that goes away mid-download ends the stream; there is nothing to answer then.
    await pipeline(body, res).catch(() => undefined);
  }
}
