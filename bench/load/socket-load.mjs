// The load generator for the live-path scenarios, in its own process. It reads one JSON command per line
// on stdin and answers `DONE <json>` on stdout, so the orchestrator can interleave servers and read their
// CPU around each command. It keeps named groups of connected sockets (one group per server under test).
//
// Commands: connect, saturate, fixed, storm, disconnect (see each function). Sends carry the send time in
// the body (`t<ms>`), so every delivered copy gives one send-to-receive latency.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { histogram, latencySummary } from '../lib/measure.mjs';
import { RawSocket } from './sio.mjs';

const groups = new Map();
const STAMP = /"body":"t(\d+(?:\.\d+)?)/;
const NEW_MESSAGE = '42["message:new"';

/** A listener shared by a group's sockets: counts every delivered message and records its latency. */
function deliveryCounter() {
  const counter = { delivered: 0, recording: false, hist: histogram() };
  counter.onEvent = (text) => {
    if (!text.startsWith(NEW_MESSAGE)) return;
    counter.delivered++;
    if (!counter.recording) return;
    const match = STAMP.exec(text);
    if (match) counter.hist.recordValue(Math.max(1, Math.round((performance.now() - Number(match[1])) * 1000)));
  };
  return counter;
}

async function pool(items, limit, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await task(items[i], i);
      }
    }),
  );
}

/** Connects, authenticates (when a token is given) and joins each client's room; `concurrency` at a time. */
async function connect({ group, url, clients, concurrency = 50, syncTokens = false }) {
  const counter = deliveryCounter();
  const sockets = [];
  const tokens = [];
  let failed = 0;
  let firstError;
  const started = performance.now();
  await pool(clients, concurrency, async (client, i) => {
    const socket = new RawSocket();
    socket.onEvent = counter.onEvent;
    try {
      await socket.connect(url, client.token ? { token: client.token } : undefined);
      const reply = await socket.emitWithAck('room:join', { roomId: client.roomId });
      if (!reply?.ok) throw new Error(JSON.stringify(reply?.error ?? reply));
      sockets.push({ socket, roomId: client.roomId });
      if (syncTokens) tokens[i] = reply.data.syncToken;
    } catch (error) {
      failed++;
      firstError ??= String(error.message ?? error);
      socket.close().catch(() => undefined);
    }
  });
  const ms = performance.now() - started;
  groups.set(group, { sockets, counter });
  return { connected: sockets.length, failed, firstError, ms, perSecond: (sockets.length / ms) * 1000, ...(syncTokens ? { tokens } : {}) };
}

/**
 * Drives sends for `seconds`: closed loop with `window` sends in flight (saturation), or open loop at
 * `rate` sends a second (fixed load), or until `count` sends. Deliveries are counted after a 1 s warm-up.
 * Senders take turns in the order the sockets were connected (room by room), or every `stride`-th socket
 * (a stride of the room size + 1 makes consecutive sends come from different rooms).
 */
async function drive({ group, seconds = 3600, window, rate, count = Infinity, stride = 1 }) {
  const state = groups.get(group);
  const { sockets, counter } = state;
  let next = 0;
  let sent = 0;
  let acked = 0;
  let errors = 0;
  let firstError;
  const send = () => {
    const { socket, roomId } = sockets[(next++ * stride) % sockets.length];
    sent++;
    return socket
      .emitWithAck('message:send', { roomId, clientMsgId: randomUUID(), body: `t${performance.now()} mensaje de prueba de carga` })
      .then((reply) => {
        if (reply?.ok) acked++;
        else {
          errors++;
          firstError ??= JSON.stringify(reply?.error ?? reply);
        }
      });
  };
  const warmUpMs = 1000;
  const started = performance.now();
  const deadline = started + warmUpMs + seconds * 1000;
  counter.hist.reset();
  counter.recording = false;
  const deliveredBefore = counter.delivered;
  let deliveredAtStart = 0;
  let ackedAtStart = 0;
  const warm = setTimeout(() => {
    deliveredAtStart = counter.delivered;
    ackedAtStart = acked;
    counter.recording = true;
  }, warmUpMs);
  const inflight = new Set();
  const track = (p) => {
    inflight.add(p);
    p.finally(() => inflight.delete(p));
    return p;
  };
  if (window) {
    await Promise.all(
      Array.from({ length: window }, async () => {
        while (performance.now() < deadline && sent < count) await track(send());
      }),
    );
  } else {
    while (performance.now() < deadline) {
      const due = Math.floor(((performance.now() - started) / 1000) * rate);
      while (sent < due) track(send());
      await new Promise((r) => setTimeout(r, 2));
    }
  }
  // A run shorter than the warm-up (a fixed count) is measured whole.
  const warmedUp = counter.recording;
  const measuredMs = performance.now() - started - (warmedUp ? warmUpMs : 0);
  const delivered = counter.delivered - (warmedUp ? deliveredAtStart : deliveredBefore);
  const ackedInWindow = acked - (warmedUp ? ackedAtStart : 0);
  counter.recording = false;
  clearTimeout(warm);
  await Promise.all(inflight);
  await new Promise((r) => setTimeout(r, 300)); // let the last broadcasts arrive before the next command
  return {
    sent,
    acked,
    errors,
    firstError,
    sendsPerSecond: (ackedInWindow / measuredMs) * 1000,
    deliveredPerSecond: (delivered / measuredMs) * 1000,
    deliveredTotal: counter.delivered - deliveredBefore,
    latency: latencySummary(counter.hist),
  };
}

/**
 * A reconnect storm: every client opens a new connection at an even spread over `spreadMs` and joins its
 * room with `since`; the time to a complete view is from the start of its connection to the join's ack.
 */
async function storm({ url, clients, spreadMs, expect }) {
  const hist = histogram();
  let incomplete = 0;
  let firstError;
  const sockets = [];
  const started = performance.now();
  await Promise.all(
    clients.map(async (client, i) => {
      await new Promise((r) => setTimeout(r, (i * spreadMs) / clients.length));
      const socket = new RawSocket();
      sockets.push(socket);
      const at = performance.now();
      try {
        await socket.connect(url, client.token ? { token: client.token } : undefined);
        const reply = await socket.emitWithAck('room:join', { roomId: client.roomId, since: client.since });
        const messages = reply?.data?.messages ?? reply?.messages;
        if (!reply?.ok || !Array.isArray(messages) || messages.length < expect)
          throw new Error(JSON.stringify(reply?.error ?? { messages: messages?.length }));
        hist.recordValue(Math.round((performance.now() - at) * 1000));
      } catch (error) {
        incomplete++;
        firstError ??= String(error.message ?? error);
      }
    }),
  );
  const ms = performance.now() - started;
  await Promise.all(sockets.map((s) => s.close().catch(() => undefined)));
  return { complete: hist.totalCount, incomplete, firstError, ms, latency: latencySummary(hist) };
}

async function disconnect({ group }) {
  const state = groups.get(group);
  groups.delete(group);
  if (state) await Promise.all(state.sockets.map(({ socket }) => socket.close().catch(() => undefined)));
  return { closed: state?.sockets.length ?? 0 };
}

const COMMANDS = { connect, saturate: drive, fixed: drive, storm, disconnect };
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { command, ...args } = JSON.parse(line);
  const result = await COMMANDS[command](args);
  process.stdout.write(`DONE ${JSON.stringify(result)}\n`);
}
