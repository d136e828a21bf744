import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import mongoose, { Schema, type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpReads } from './warm-up';

let uri: string;
let connection: Connection;
const commands: string[] = [];

beforeAll(async () => {
  uri = testDatabaseUri('warm-up');
  connection = await mongoose.createConnection(uri, { bufferCommands: false, monitorCommands: true }).asPromise();
  const notes = connection.model('WarmNote', new Schema({ n: Number, text: String }, { versionKey: false }), 'warm_notes');
  connection.model('WarmEmpty', new Schema({ n: Number }, { versionKey: false }), 'warm_empty');
  await notes.insertMany(Array.from({ length: 60 }, (_, n) => ({ n, text: `nota ${n}` })));
  connection.getClient().on('commandStarted', (e) => commands.push(`${e.commandName} ${String(e.command[e.commandName])}`));
});
afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
});

describe('warm-up before the API listens', () => {
  it('only reads: the newest page of every model’s collection, 10 at once, each round', async () => {
    const before = await connection.db!.collection('warm_notes').find().sort({ _id: 1 }).toArray();
    commands.length = 0;
    const summary = await warmUpReads(connection, 2);
    expect(summary).toMatchObject({ rounds: 2, reads: 40 });
    expect(commands.filter((c) => !/^(find|hello|isMaster|ping|endSessions) /.test(c))).toEqual([]);
    expect(commands.filter((c) => c === 'find warm_notes')).toHaveLength(20);
    expect(commands.filter((c) => c === 'find warm_empty')).toHaveLength(20);
    expect(await connection.db!.collection('warm_notes').find().sort({ _id: 1 }).toArray()).toEqual(before);
  });

  it('starts no round once its time is spent, and none when rounds is 0', async () => {
    expect(await warmUpReads(connection, 5, 0)).toMatchObject({ rounds: 0, reads: 0 });
    expect(await warmUpReads(connection, 0)).toMatchObject({ rounds: 0, reads: 0 });
  });
});
