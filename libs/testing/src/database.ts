import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A MongoDB server URI without a database name; each test file picks its own database. */
    mongoServerUri: string;
  }
}

/** A fresh database on the test server for one test file (SQLite keeps each in its own file). */
export function testDatabaseUri(label: string): string {
  const name = `${label.replace(/[^a-z0-9]/gi, '').slice(0, 20)}_${randomBytes(4).toString('hex')}`;
  return `${inject('mongoServerUri')}/${name}`;
}

export async function dropDatabase(uri: string): Promise<void> {
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}
