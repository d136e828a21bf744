import { Types, type Model } from 'mongoose';

/**
 * Documents by id (invalid and repeated ids ignored), with one `$in` query answered from the `_id` index, in
 * one reply: the first batch has room for one document more than there are ids, so the database closes the
 * cursor with it (the driver's default of 101 asked a second round trip for a larger read, e.g. a search's
 * candidate posts; a batch of exactly as many left the cursor open for an empty getMore).
 */
export async function findManyById<T>(model: Model<T>, ids: readonly string[]): Promise<T[]> {
  const valid = [...new Set(ids.filter((id) => Types.ObjectId.isValid(id)))];
  if (valid.length === 0) return [];
  return model
    .find({ _id: { $in: valid } })
    .batchSize(valid.length + 1)
    .lean<T[]>()
    .exec();
}

/** Documents whose `field` is one of `values` (and that match `filter`), with one query on the field's index. */
export async function findManyByField<T>(
  model: Model<T>,
  field: string,
  values: readonly string[],
  filter: Record<string, unknown> = {},
): Promise<T[]> {
  if (values.length === 0) return [];
  return model
    .find({ ...filter, [field]: values.length === 1 ? values[0] : { $in: [...new Set(values)] } })
    .lean<T[]>()
    .exec();
}
