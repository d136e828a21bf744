/** A write refused by a unique index (MongoDB's E11000). */
export function isDuplicateKey(error: unknown): boolean {
  return (error as { code?: number })?.code === 11000;
}
