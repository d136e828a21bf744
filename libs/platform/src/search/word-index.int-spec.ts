import { dropDatabase, testDatabaseUri } from '@trainaction/testing';
import { termsOf } from '@trainaction/contracts';
import mongoose, { type Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WordIndex, wordIndexSchema, type WordIndexDoc } from './word-index';

let uri: string;
let connection: Connection;
let index: WordIndex;
const updates: number[] = [];
const inserts: number[] = [];

beforeAll(async () => {
  uri = testDatabaseUri('word-index');
  connection = await mongoose.createConnection(uri, { bufferCommands: false, monitorCommands: true }).asPromise();
  const terms = connection.model<WordIndexDoc>('WordIndexTerm', wordIndexSchema('word_index_terms'));
  index = new WordIndex(terms, '~built', async function* () {}, 'test');
  connection.getClient().on('commandStarted', (e) => {
    if (e.commandName === 'update') updates.push((e.command.updates as unknown[]).length);
    if (e.commandName === 'insert') inserts.push((e.command.documents as unknown[]).length);
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
  // On the embedded engine each write statement is a transaction of its own, holding the one writer: the
  // terms new to the index are written in one insert.
  it('writes the changes of messages sent at once in one insert of the new terms, then one update per term, and each caller waits for its terms', async () => {
    const count = (list: number[]) => list.splice(0).reduce((a, b) => a + b, 0);
    [updates, inserts].forEach(count);
    const ids = Array.from({ length: 50 }, (_, i) => `m${String(i).padStart(3, '0')}`);
    await Promise.all(ids.map((id, i) => index.changed('room1', id, undefined, `mensaje de prueba ${i + 10}`)));
    // "mensaje", "prueba" and each number: one insert command holding a document for each
    expect([inserts.length, count(inserts), count(updates)]).toEqual([1, 2 + 50, 0]);
    expect(await found('room1', ['mensaje', 'prueba'])).toEqual(ids);

    const more = ids.map((id) => `${id}-again`);
    await Promise.all(more.map((id, i) => index.changed('room1', id, undefined, `mensaje de prueba ${i + 10}`)));
    expect([count(inserts), count(updates)]).toEqual([0, 2 + 50]);
    expect(await found('room1', ['mensaje', 'prueba'])).toEqual([...ids, ...more].sort());
  });

  it('adds to a new term another node created at the same time', async () => {
    const terms = connection.model<WordIndexDoc>('WordIndexTerm');
    const [a, b] = [1, 2].map(() => new WordIndex(terms, '~built', async function* () {}, 'test'));
    await Promise.all([a.changed('room6', 'a1', undefined, 'barrio seguro'), b.changed('room6', 'b1', undefined, 'barrio')]);
    expect(await found('room6', ['barrio'])).toEqual(['a1', 'b1']);
    await b.changed('room6', 'b2', undefined, 'barrio');
    expect(await found('room6', ['barrio'])).toEqual(['a1', 'b1', 'b2']);
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

describe('word index chunks', () => {
  // A term's document listing every id made each update cost the prefix's history (a cohort's messages), and
  // held the database's one writer meanwhile: ids written since the build go into chunks of a bounded size.
  it('spreads a term’s ids over chunks of at most the chunk size, finds them all, and removes from the chunk holding one', async () => {
    const terms = connection.model<WordIndexDoc>('WordIndexTerm');
    const small = new WordIndex(terms, '~built', async function* () {}, 'test', 10);
    const ids = Array.from({ length: 25 }, (_, i) => `c${String(i).padStart(3, '0')}`);
    await Promise.all(ids.slice(0, 4).map((id) => small.changed('room3', id, undefined, 'alerta temprana')));
    await Promise.all(ids.slice(4).map((id) => small.changed('room3', id, undefined, 'alerta temprana')));
    // the term's own document is its first chunk
    const term = await terms.findById('room3/alerta').lean<WordIndexDoc>().exec();
    const chunks = await terms
      .find({ _id: { $in: term!.chunks } })
      .lean<WordIndexDoc[]>()
      .exec();
    expect([term!, ...chunks].map((c) => c.ids!.length).sort()).toEqual([10, 10, 5]);
    expect([...((await small.lookup(['room3'], ['alerta', 'temprana'])).get('room3') ?? [])].sort()).toEqual(ids);

    await small.changed('room3', 'c012', 'alerta temprana', 'temprana');
    expect([...((await small.lookup(['room3'], ['alerta'])).get('room3') ?? [])]).not.toContain('c012');
    expect([...((await small.lookup(['room3'], ['temprana'])).get('room3') ?? [])]).toContain('c012');
  });

  it('still reads and removes the ids a build wrote in the term’s own document', async () => {
    const terms = connection.model<WordIndexDoc>('WordIndexTerm');
    await terms.create({ _id: 'room4/cuadrante', ids: ['old1', 'old2'] });
    await index.changed('room4', 'new1', undefined, 'cuadrante');
    expect(await found('room4', ['cuadrante'])).toEqual(['new1', 'old1', 'old2']);
    await index.changed('room4', 'old1', 'cuadrante', undefined);
    expect(await found('room4', ['cuadrante'])).toEqual(['new1', 'old2']);
  });
});
