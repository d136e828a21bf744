import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import { termsOf } from '@trainaction/contracts';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WordIndex, wordIndexSchema, type WordIndexDoc } from './word-index';

let uri: string;
let connection: Connection;
let index: WordIndex;
const updates: number[] = [];

beforeAll(async () => {
  uri = testDatabaseUri('word-index');
  connection = await mongoose.createConnection(uri, { bufferCommands: false, monitorCommands: true }).asPromise();
  const terms = connection.model<WordIndexDoc>('WordIndexTerm', wordIndexSchema('word_index_terms'));
  index = new WordIndex(terms, '~built', async function* () {}, 'test');
  connection.getClient().on('commandStarted', (e) => {
    if (e.commandName === 'update') updates.push((e.command.updates as unknown[]).length);
  });
});
afterAll(async () => {
  await connection?.close();
  await dropDatabase(uri);
});

const found = async (prefix: string, words: string[]) =>
  [...((await index.lookup([prefix], [...termsOf(words.join(' '))])).get(prefix) ?? [])].sort();

describe('word index writes', () => {
  // Each update of a term rewrites its document, which lists every id of its prefix: a busy room wrote its
  // common words once per message. Changes that meet are written once per term.
  it('writes the changes of messages sent at once in one update per term, and each caller waits for its terms', async () => {
    updates.length = 0;
    const ids = Array.from({ length: 50 }, (_, i) => `m${String(i).padStart(3, '0')}`);
    await Promise.all(ids.map((id, i) => index.changed('room1', id, undefined, `mensaje de prueba ${i + 10}`)));
    expect(updates.reduce((a, b) => a + b, 0)).toBe(2 + 50); // "mensaje", "prueba", and each number
    expect(await found('room1', ['mensaje', 'prueba'])).toEqual(ids);
  });

  it('writes changes that arrive during a write in the next one, and the last change of an id wins', async () => {
    const first = index.changed('room2', 'a', undefined, 'casa perro');
    await Promise.resolve();
    const during = [
      index.changed('room2', 'b', undefined, 'casa gato'),
      index.changed('room2', 'c', undefined, 'casa'),
      index.changed('room2', 'c', 'casa', undefined), // sent and deleted before the write
      index.changed('room2', 'a', 'casa perro', 'gato'), // edited
    ];
    await Promise.all([first, ...during]);
    expect(await found('room2', ['casa'])).toEqual(['b']);
    expect(await found('room2', ['gato'])).toEqual(['a', 'b']);
    expect(await found('room2', ['perro'])).toEqual([]);
  });
});
