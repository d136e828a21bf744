import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { Schema, Types, type Connection, type Model } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findManyById } from './find-many';

interface Note {
  _id: Types.ObjectId;
  n: number;
}

let uri: string;
let connection: Connection;
let notes: Model<Note>;
let ids: string[];
const commands: string[] = [];

beforeAll(async () => {
  uri = testDatabaseUri('find-many');
  connection = await mongoose.createConnection(uri, { bufferCommands: false, monitorCommands: true }).asPromise();
  notes = connection.model<Note>('ManyNote', new Schema<Note>({ n: Number }, { versionKey: false }), 'many_notes');
  ids = (await notes.insertMany(Array.from({ length: 250 }, (_, n) => ({ n })))).map((d) => d._id.toHexString());
  connection.getClient().on('commandStarted', (e) => commands.push(e.commandName));
});
afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
});

describe('findManyById', () => {
  it.each([1, 101, 102, 250])('reads a set of %i ids in one round trip: one find, no getMore', async (count) => {
    const wanted = ids.slice(0, count);
    commands.length = 0;
    const found = await findManyById(notes, [...wanted, wanted[0], 'not-an-id']);
    expect(found.map((d) => d._id.toHexString()).sort()).toEqual([...wanted].sort());
    expect(commands).toEqual(['find']);
  });
});
