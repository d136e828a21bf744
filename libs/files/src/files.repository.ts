import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { STORED_FILE_MODEL, type StoredFileDoc } from './file.schema';
import type { FileRecord } from './file-record';

function toRecord(doc: StoredFileDoc): FileRecord {
  return {
    id: doc._id.toHexString(),
    ownerId: doc.ownerId,
    belongsTo: { kind: doc.belongsToKind, id: doc.belongsToId },
    name: doc.name,
    size: doc.size,
    type: doc.type,
    sha256: doc.sha256,
    createdAt: doc.createdAt,
  };
}

/** The only mongoose user of the files library; answers plain records. */
@Injectable()
export class FilesRepository {
  constructor(@InjectModel(STORED_FILE_MODEL) private readonly files: Model<StoredFileDoc>) {}

  async insert(record: FileRecord): Promise<void> {
    await this.files.create({
      _id: new Types.ObjectId(record.id),
      ownerId: record.ownerId,
      belongsToKind: record.belongsTo.kind,
      belongsToId: record.belongsTo.id,
      name: record.name,
      size: record.size,
      type: record.type,
      sha256: record.sha256,
      createdAt: record.createdAt,
    });
  }

  async findById(id: string): Promise<FileRecord | null> {
    if (!Types.ObjectId.isValid(id) || id.length !== 24) return null;
    const doc = await this.files.findById(id).lean<StoredFileDoc>().exec();
    return doc ? toRecord(doc) : null;
  }

  async findByIds(ids: string[]): Promise<FileRecord[]> {
    const valid = ids.filter((id) => Types.ObjectId.isValid(id) && id.length === 24).map((id) => new Types.ObjectId(id));
    if (valid.length === 0) return [];
    return (
      await this.files
        .find({ _id: { $in: valid } })
        .lean<StoredFileDoc[]>()
        .exec()
    ).map(toRecord);
  }

  async belongingTo(kind: string, id: string): Promise<FileRecord[]> {
    const docs = await this.files.find({ belongsToKind: kind, belongsToId: id }).sort({ createdAt: 1 }).lean<StoredFileDoc[]>().exec();
    return docs.map(toRecord);
  }

  /** Files of a kind created before `cutoff`, oldest first, at most `limit`. */
  async createdBefore(kind: string, cutoff: Date, limit: number): Promise<FileRecord[]> {
    const docs = await this.files
      .find({ belongsToKind: kind, createdAt: { $lt: cutoff } })
      .sort({ createdAt: 1 })
      .limit(limit)
      .lean<StoredFileDoc[]>()
      .exec();
    return docs.map(toRecord);
  }

  async ownedBy(ownerId: string): Promise<FileRecord[]> {
    return (await this.files.find({ ownerId }).lean<StoredFileDoc[]>().exec()).map(toRecord);
  }

  /** Moves files to what they now belong to (a draft attachment becoming part of a submitted version). */
  async reassign(ids: string[], belongsTo: { kind: string; id: string }): Promise<void> {
    if (ids.length === 0) return;
    await this.files
      .updateMany(
        { _id: { $in: ids.map((id) => new Types.ObjectId(id)) } },
        { $set: { belongsToKind: belongsTo.kind, belongsToId: belongsTo.id } },
      )
      .exec();
  }

  async delete(id: string): Promise<void> {
    await this.files.deleteOne({ _id: new Types.ObjectId(id) }).exec();
  }

  /** Every id, for the orphan check (a batch at a time, so a large store is not read at once). */
  async *allIds(): AsyncGenerator<string> {
    for await (const doc of this.files.find({}, { _id: 1 }).sort({ _id: 1 }).lean<{ _id: Types.ObjectId }>().cursor())
      yield doc._id.toHexString();
  }
}
