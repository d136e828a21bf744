// What the live-path scenarios share, built once per bench run: the API twice (full path, and with
// MESSAGE_STORAGE=off), the bare socket.io relay twice (alone, and with raw driver inserts), all on one
// database; 2,000 learners in 4 cohorts of 500 whose rooms come in three sizes (500, 100 and 20 members);
// and the load generator process.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { apiClient, buildAcademy, pool } from './academy.mjs';
import { startLoadGenerator } from './load.mjs';
import { startApi, startBaseline } from './processes.mjs';

const { MongoClient } = createRequire(import.meta.url)('mongodb');

export const COHORTS = 4;
export const PER_COHORT = 500;

let shared;

/** Starts the stack on the first call; `ctx.onExit` stops it when the bench ends. */
export function liveStack(ctx) {
  shared ??= build(ctx);
  return shared;
}

async function build({ root, mongodbUri, dataDir, log, onExit }) {
  log('starting the API (full path and without storage), the relays and the load generator');
  const [full, noStorage, relay, relayDriver] = await Promise.all([
    startApi({ root, mongodbUri, dataDir: join(dataDir, 'full') }),
    startApi({ root, mongodbUri, dataDir: join(dataDir, 'nostore'), env: { MESSAGE_STORAGE: 'off' } }),
    startBaseline({ root, script: 'relay.mjs' }),
    startBaseline({ root, script: 'relay.mjs', env: { MONGODB_URI: mongodbUri } }),
  ]);
  const load = startLoadGenerator(root);
  onExit(() => Promise.all([full, noStorage, relay, relayDriver, load].map((p) => p.stop())));

  const started = Date.now();
  log(`building ${COHORTS} cohorts of ${PER_COHORT} learners through the API…`);
  const academy = await buildAcademy({ url: full.url, mongodbUri, prefix: 'live', cohorts: COHORTS, perCohort: PER_COHORT });
  const api = apiClient(full.url);
  // Rooms by size: each cohort's General room holds all 500; 5 rooms of 100 and 25 rooms of 20 split them.
  const roomsOf = {};
  for (const size of [100, 20]) {
    roomsOf[size] = await pool(academy.cohorts, 1, (c) =>
      pool(
        Array.from({ length: PER_COHORT / size }, (_, i) => i),
        4,
        (i) => api('POST', `/api/cohorts/${c.cohortId}/rooms`, { name: `Sala de ${size} · ${i + 1}` }, academy.coordinatorToken),
      ),
    );
  }
  log(`academy ready in ${Math.round((Date.now() - started) / 1000)} s`);

  /** The 2,000 learners, each with the room they join when rooms have `size` members. */
  const clients = (size) =>
    academy.cohorts.flatMap((c, ci) =>
      c.members.map((m, i) => ({
        token: m.token,
        userId: m.id,
        roomId: size === PER_COHORT ? c.roomId : roomsOf[size][ci][Math.floor(i / size)].id,
      })),
    );
  /**
   * Empties the message collections (the product's and the relay's, with reactions and read marks). The
   * embedded database cannot `deleteMany` thousands of documents ("too many SQL variables"), so each is
   * dropped and its indexes, read from it first, made again.
   */
  const clearMessages = async () => {
    const client = await MongoClient.connect(mongodbUri);
    const db = client.db();
    for (const name of ['messages', 'relay_messages', 'reactions', 'read_marks']) {
      const indexes = (
        await db
          .collection(name)
          .indexes()
          .catch(() => [])
      ).filter((index) => index.name !== '_id_');
      await db
        .collection(name)
        .drop()
        .catch(() => undefined);
      // FerretDB sometimes keeps an index of a dropped collection ("already exists"): then it is there.
      for (const { key, unique } of indexes)
        await db
          .collection(name)
          .createIndex(key, unique ? { unique } : {})
          .catch(() => undefined);
    }
    await client.close();
  };
  /**
   * Resolves, with the time waited, once no product message is marked `unindexed`: the API writes the words of
   * a burst's messages once sends pause (MessageSearchIndex), and that work must not fall into the next
   * measurement, the baseline's included (at most `maxMs`).
   */
  const wordsWritten = async (maxMs = 120_000) => {
    const started = Date.now();
    const client = await MongoClient.connect(mongodbUri);
    const messages = client.db().collection('messages');
    while ((await messages.countDocuments({ unindexed: true })) > 0 && Date.now() - started < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await client.close();
    return Date.now() - started;
  };
  return { full, noStorage, relay, relayDriver, load, academy, clients, clearMessages, wordsWritten };
}
