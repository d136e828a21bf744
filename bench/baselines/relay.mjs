// The live-path baseline: a bare socket.io relay (same socket.io version as the API, websocket transport,
// no auth, no validation). With MONGODB_URI set it also inserts each message with the raw driver before
// broadcasting (into a collection with the same indexes as the product's messages), and answers a join
// with `since` by the raw driver query for the room's changes (the catch-up read the product does).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Server } = require('socket.io');
const { MongoClient, ObjectId } = require('mongodb');

const db = process.env.MONGODB_URI ? (await MongoClient.connect(process.env.MONGODB_URI)).db() : undefined;
const stored = db?.collection('relay_messages');
const product = db?.collection('messages'); // catch-up reads the product's own messages
if (stored) {
  // The product's messages collection's indexes (libs/rooms/src/message.schema.ts), so each insert writes as
  // many index entries as the product's.
  await stored.createIndex({ roomId: 1, authorId: 1, clientMsgId: 1 }, { unique: true });
  await stored.createIndex({ roomId: 1, threadRootId: 1, deletedAt: 1, _id: 1 });
  await stored.createIndex({ roomId: 1, threadRootId: 1, _id: -1 });
  await stored.createIndex({ roomId: 1, changedAt: 1, _id: 1 });
  await stored.createIndex({ unindexed: 1 }, { sparse: true });
}

const http = createServer();
const io = new Server(http, { transports: ['websocket'], serveClient: false });
io.on('connection', (socket) => {
  socket.on('room:join', async ({ roomId, since }, reply) => {
    await socket.join(roomId);
    if (since === undefined || !product) return reply({ ok: true, messages: [] });
    const messages = await product
      .find({ roomId, changedAt: { $gte: new Date(since) } })
      .sort({ changedAt: 1, _id: 1 })
      .limit(500)
      .toArray();
    reply({ ok: true, messages });
  });
  socket.on('message:send', async ({ roomId, clientMsgId, body }, reply) => {
    const now = new Date();
    const message = {
      _id: new ObjectId(),
      roomId,
      cohortId: roomId,
      clientMsgId,
      authorId: socket.id,
      authorName: 'Participante',
      authorCountry: 'CR',
      body,
      mentions: [],
      replyCount: 0,
      createdAt: now,
      changedAt: now,
    };
    if (stored) await stored.insertOne(message);
    const { _id, ...rest } = message;
    const view = { id: _id.toHexString(), ...rest, createdAt: now.toISOString(), changedAt: now.toISOString() };
    io.to(roomId).emit('message:new', view);
    reply({ ok: true, message: view });
  });
});
http.listen(0, '127.0.0.1', () => console.log(`LISTENING ${http.address().port}`));
