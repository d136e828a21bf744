import type { ByteRange } from './storage/blob-store';

export type RangeAnswer = { status: 200 } | { status: 206; range: ByteRange } | { status: 416 };

const SPEC = /^(\d*)-(\d*)$/;
/** More ranges than this in one header is not a player asking for bytes: the header is ignored (RFC 9110 §14.2). */
const MAX_SPECS = 50;

/**
 * HTTP Range (RFC 9110 §14) for one representation of `size` bytes. Answers 206 with the one range asked (a
 * suffix `-n` longer than the content is the whole content; an open end `n-` runs to the last byte), overlapping
 * or adjacent ranges merged into one; several disjoint ranges are answered whole (200, no multipart); none
 * satisfiable is 416; a header that is not a valid `bytes` ranges-specifier is ignored (200). `If-Range` with
 * another entity tag (or a date, which we do not send) answers whole.
 */
export function answerRange(size: number, header: string | undefined, ifRange: string | undefined, etag: string): RangeAnswer {
  if (!header || (ifRange !== undefined && ifRange !== etag)) return { status: 200 };
  const equals = header.indexOf('=');
  if (equals < 0 || header.slice(0, equals).trim().toLowerCase() !== 'bytes') return { status: 200 };
  const specs = header.slice(equals + 1).split(',');
  if (specs.length > MAX_SPECS) return { status: 200 };
  const ranges: ByteRange[] = [];
  for (const spec of specs) {
    const match = SPEC.exec(spec.trim());
    if (!match || (match[1] === '' && match[2] === '')) return { status: 200 };
    const [first, last] = [match[1] === '' ? undefined : Number(match[1]), match[2] === '' ? undefined : Number(match[2])];
    if (first === undefined) {
      // A suffix: the last `last` bytes; `-0` (and any suffix of an empty file) selects nothing.
      if (last! > 0 && size > 0) ranges.push({ start: Math.max(0, size - last!), end: size - 1 });
      continue;
    }
    if (last !== undefined && last < first) return { status: 200 };
    if (first < size) ranges.push({ start: first, end: Math.min(last ?? size - 1, size - 1) });
  }
  if (ranges.length === 0) return { status: 416 };
  ranges.sort((a, b) => a.start - b.start);
  const merged = ranges.reduce<ByteRange[]>((all, range) => {
    const previous = all.at(-1);
    if (previous && range.start <= previous.end + 1) previous.end = Math.max(previous.end, range.end);
    else all.push({ ...range });
    return all;
  }, []);
  return merged.length === 1 ? { status: 206, range: merged[0] } : { status: 200 };
}
