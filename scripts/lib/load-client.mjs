// The load generator for scripts/load.mjs, in its own process: connects every client, sends at a fixed
// aggregate rate spread over the senders (each within the per-person limit of 2 a second), measures the
// time from send to ack, then measures others' latency with and without one client flooding.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { io } = require('socket.io-client');
const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));

function percentile(values, p) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const sockets = await Promise.all(
  config.clients.map(
    (c) =>
      new Promise((resolve, reject) => {
        const socket = io(config.url, { auth: { token: c.token }, transports: ['websocket'], reconnection: false, forceNew: true });
        socket.once('connect', () =>
          socket
            .timeout(20_000)
            .emitWithAck('room:join', { roomId: c.roomId })
            .then(() => resolve({ socket, roomId: c.roomId }), reject),
        );
        socket.once('connect_error', reject);
      }),
  ),
);

async function drive({ seconds, rate, senders, flooder }) {
  const latencies = [];
  let errors = 0;
  let noAck = 0;
  let refused = 0;
  const inflight = [];
  const started = Date.now();
  let sent = 0;
  const send = (client) => {
    const at = performance.now();
    return client.socket
      .timeout(15_000)
      .emitWithAck('message:send', { roomId: client.roomId, clientMsgId: randomUUID(), body: `carga ${sent}` })
      .then((reply) => {
        if (reply.ok) latencies.push(performance.now() - at);
        else if (reply.error.code === 'RATE_LIMITED') refused++;
        else errors++;
      })
      .catch(() => noAck++);
  };
  let floodTimer;
  if (flooder) floodTimer = setInterval(() => inflight.push(send(flooder).then(() => undefined)), 20); // 50 a second
  while (Date.now() - started < seconds * 1000) {
    const due = Math.floor(((Date.now() - started) / 1000) * rate);
    while (sent < due) inflight.push(send(senders[sent++ % senders.length]));
    await new Promise((r) => setTimeout(r, 5));
  }
  clearInterval(floodTimer);
  await Promise.all(inflight);
  const elapsed = (Date.now() - started) / 1000;
  return {
    acked: latencies.length,
    rate: latencies.length / elapsed,
    errors,
    noAck,
    refused,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

// Senders: 100 people sending two a second each make 200 a second; the rest listen. A warm-up first, so
// memory is compared between two points of the steady state (the parent reads it at each marker).
const senders = sockets.filter((_, i) => i % 5 === 0);
await drive({ seconds: 20, rate: config.rate, senders });
process.stdout.write('MARK warm\n');
const main = await drive({ seconds: config.seconds, rate: config.rate, senders });
process.stdout.write('MARK main\n');
const quiet = senders.slice(1);
const baseline = await drive({ seconds: 20, rate: config.rate / 2, senders: quiet });
const flooded = await drive({ seconds: 20, rate: config.rate / 2, senders: quiet, flooder: senders[0] });
for (const s of sockets) s.socket.disconnect();
process.stdout.write(
  'RESULT ' +
    JSON.stringify({
      main,
      flood: { baselineP95: baseline.p95, othersP95: flooded.p95, refused: flooded.refused, errors: flooded.errors },
    }) +
    '\n',
);
process.exit(0);
