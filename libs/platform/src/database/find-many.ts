import { Types, type Model } from 'mongoose';

/** Whether the connected server is FerretDB (the embedded default); decided once per connection. */
const embedded = new WeakMap<object, Promise<boolean>>();

function isEmbedded(model: Model<any>): Promise<boolean> {
  const db = model.db;
  let known = embedded.get(db);
  if (!known) {
    known = db
      .db!.admin()
      .command({ buildInfo: 1 })
      .then((info) => Boolean((info as { ferretdbVersion?: string }).ferretdbVersion))
      .catch(() => false);
    embedded.set(db, known);
  }
  return known;
}

/**
 * Documents by id, the fast way on each server: MongoDB answers `$in` from its index; FerretDB on SQLite
 * answers `_id` equality from its primary key but scans once per `$in` value (300 ms for 20 ids among
 * 10,000 documents, measured), so there a few ids are fetched one by one and many by one scan.
 */
export async function findManyById<T>(model: Model<T>, ids: readonly string[]): Promise<T[]> {
  const valid = [...new Set(ids.filter((id) => Types.ObjectId.isValid(id)))];
  if (valid.length === 0) return [];
  if (!(await isEmbedded(model))) return model.find({ _id: { $in: valid } }).lean<T[]>().exec();
  if (valid.length <= 25) return (await Promise.all(valid.map((id) => model.findById(id).lean<T>().exec()))).filter((d): d is NonNullable<typeof d> => d !== null) as T[];
  const wanted = new Set(valid);
  return (await model.find({}).lean<(T & { _id: Types.ObjectId })[]>().exec()).filter((d) => wanted.has(d._id.toHexString()));
}

/** Documents whose `field` is one of `values`: one query on MongoDB, one scan filtered in code on FerretDB. */
export async function findManyByField<T>(model: Model<T>, field: string, values: readonly string[], filter: Record<string, unknown> = {}): Promise<T[]> {
  if (values.length === 0) return [];
  if (!(await isEmbedded(model)) || values.length === 1) {
    return model.find({ ...filter, [field]: values.length === 1 ? values[0] : { $in: values } }).lean<T[]>().exec();
  }
  const wanted = new Set(values);
  return (await model.find(filter).lean<T[]>().exec()).filter((d) => wanted.has((d as Record<string, unknown>)[field] as string));
}
