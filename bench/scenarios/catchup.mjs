// Scenario 3: a reconnect storm. 500 learners (5 rooms of 100) leave, 100 messages arrive in each room,
// then all 500 reconnect within one second and join with their sync token. Figure: p99 time from opening
// the connection to a complete view (the join's ack with the 100 missed messages), against a bare
// socket.io server answering the same join with the raw driver query for the room's changes.
import { compare, profiled } from '../lib/measure.mjs';
import { liveStack } from '../lib/live-stack.mjs';

const CLIENTS = 500;
const MISSED = 100;
const ROOM_SIZE = 100; // 500 new messages a round: every room query on the embedded database scans them all

export default async function run(ctx) {
  const stack = await liveStack(ctx);
  const clients = stack.clients(ROOM_SIZE).slice(0, CLIENTS);
  const roomIds = [...new Set(clients.map((c) => c.roomId))];
  // One other connection per room sends the messages the 500 miss (the last member of each room).
  const senders = roomIds.map((roomId) => clients.findLast((c) => c.roomId === roomId));
  const connected = await stack.load.call('connect', { group: 'senders', url: stack.full.url, clients: senders });
  if (connected.failed) throw new Error(`senders: ${connected.firstError}`);

  const storm = async (server, list) => {
    const result = await stack.load.call('storm', { url: server.url, clients: list, spreadMs: 1000, expect: MISSED });
    if (result.incomplete) throw new Error(`${result.incomplete} incomplete views: ${result.firstError}`);
    return result.latency;
  };

  const rounds = [];
  for (let round = 1; round <= ctx.rounds; round++) {
    const leftAt = Date.now();
    const joined = await stack.load.call('connect', { group: 'storm', url: stack.full.url, clients, syncTokens: true });
    if (joined.failed) throw new Error(`storm clients: ${joined.firstError}`);
    await stack.load.call('disconnect', { group: 'storm' });
    const sent = await stack.load.call('saturate', { group: 'senders', window: roomIds.length, count: roomIds.length * MISSED });
    if (sent.errors) throw new Error(`sending the missed messages: ${sent.firstError}`);
    ctx.log(
      `round ${round}: ${clients.length} clients joined and left; ${sent.acked} messages sent at ${sent.sendsPerSecond.toFixed(0)}/s`,
    );
    await new Promise((r) => setTimeout(r, 1000));
    await stack.wordsWritten(); // the missed messages' words (written once sends pause) before anything is measured

    const raw = clients.map(({ roomId }) => ({ roomId, since: leftAt }));
    const ours = clients.map(({ roomId, token }, i) => ({ roomId, token, since: joined.tokens[i] }));
    const baseline = await storm(stack.relayDriver, raw);
    const product = await profiled(stack.full, `catchup-${round}`, () => storm(stack.full, ours));
    const baselineAgain = await storm(stack.relayDriver, raw);
    rounds.push({ baseline, ours: product, baselineAgain });
    ctx.log(
      `round ${round}: p99 ${baseline.p99.toFixed(0)} ms raw driver, ${product.p99.toFixed(0)} ms TrainAction (p50 ${baseline.p50.toFixed(0)} / ${product.p50.toFixed(0)})`,
    );
  }
  await stack.load.call('disconnect', { group: 'senders' });
  const pick = (key) => rounds.map((r) => ({ baseline: r.baseline[key], ours: r.ours[key], baselineAgain: r.baselineAgain[key] }));
  return {
    rows: [
      compare({
        metric: `catch-up storm p99, ${CLIENTS} clients × ${MISSED} missed`,
        unit: 'ms',
        rounds: pick('p99'),
        higherIsBetter: false,
        target: 1.2,
      }),
      compare({ metric: 'catch-up storm p50', unit: 'ms', rounds: pick('p50'), higherIsBetter: false }),
    ],
  };
}
