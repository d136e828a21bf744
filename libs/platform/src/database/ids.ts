import { Types } from 'mongoose';

/** A new id in the same form as document ids, for entities embedded in a document. */
export function newId(): string {
  return new Types.ObjectId().toHexString();
}
