import type { Connection, Model } from 'mongoose';

/** What the migration did to one collection's indexes (names as the database lists them). */
export interface IndexChange {
  collection: string;
  created: string[];
  dropped: string[];
}

interface IndexShape {
  name: string;
  key: Record<string, unknown>;
  unique: boolean;
}

/**
 * The deploy step that replaces autoIndex in production: every model registered on `connection` gets its
 * schema's indexes, one collection after another. An index is the schema's when its name, keys and uniqueness
 * match a declared one; any other (an index no schema declares any more, or one whose keys or uniqueness
 * changed) is dropped first, then the missing ones are built (mongoose `createIndexes`). Other options
 * (sparse, TTL) are not compared, as FerretDB does not list them: change them under a new index name. Running
 * it again changes nothing. Answers what changed.
 */
export async function migrateIndexes(connection: Connection): Promise<IndexChange[]> {
  const changes: IndexChange[] = [];
  for (const model of modelsByCollection(connection)) {
    const before = await existingIndexes(model);
    const obsolete = before.filter((index) => index.name !== '_id_' && !declaredIndexes(model).some((d) => sameIndex(d, index)));
    for (const index of obsolete) await model.collection.dropIndex(index.name);
    await model.createIndexes();
    const kept = before.filter((index) => !obsolete.includes(index)).map((index) => index.name);
    const created = (await existingIndexes(model)).map((index) => index.name).filter((name) => !kept.includes(name));
    changes.push({ collection: model.collection.collectionName, created, dropped: obsolete.map((index) => index.name) });
  }
  return changes;
}

/** Collections that lack an index their schema declares (what `migrateIndexes` would build). */
export async function collectionsMissingIndexes(connection: Connection): Promise<string[]> {
  const missing: string[] = [];
  for (const model of modelsByCollection(connection)) {
    const existing = await existingIndexes(model);
    if (declaredIndexes(model).some((declared) => !existing.some((index) => sameIndex(declared, index))))
      missing.push(model.collection.collectionName);
  }
  return missing;
}

/** One model per collection (two models may share one), in a stable order. */
function modelsByCollection(connection: Connection): Model<unknown>[] {
  const byCollection = new Map<string, Model<unknown>>();
  for (const name of connection.modelNames()) {
    const model = connection.model<unknown>(name);
    if (!byCollection.has(model.collection.collectionName)) byCollection.set(model.collection.collectionName, model);
  }
  return [...byCollection.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, model]) => model);
}

/** The schema's indexes, named as MongoDB names them unless the schema names them. */
function declaredIndexes(model: Model<unknown>): IndexShape[] {
  return model.schema.indexes().map(([key, options]) => ({
    key,
    name: (options?.name as string | undefined) ?? Object.entries(key).flat().join('_'),
    unique: Boolean(options?.unique),
  }));
}

async function existingIndexes(model: Model<unknown>): Promise<IndexShape[]> {
  try {
    const listed = (await model.listIndexes()) as { name: string; key: Record<string, unknown>; unique?: boolean }[];
    return listed.map((index) => ({ name: index.name, key: index.key, unique: Boolean(index.unique) }));
  } catch (error) {
    if ((error as { codeName?: string }).codeName === 'NamespaceNotFound') return [];
    throw error;
  }
}

function sameIndex(a: IndexShape, b: IndexShape): boolean {
  return a.name === b.name && a.unique === b.unique && JSON.stringify(a.key) === JSON.stringify(b.key);
}
