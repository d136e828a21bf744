// Scenario 2: connect + authenticate + join per second, and memory per idle joined connection, with 2,000
// connections in rooms of 100, against bare socket.io (the relay, which neither authenticates nor reads).
import { compare, liveHeapMiB, profiled, rssMiB } from '../lib/measure.mjs';
import { liveStack } from '../lib/live-stack.mjs';

const ROOM_SIZE = 100;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export default async function run(ctx) {
  const stack = await liveStack(ctx);
  const clients = stack.clients(ROOM_SIZE);

  async function measure(server, withToken) {
    const heapBefore = await liveHeapMiB(server.inspectPort);
    const rssBefore = rssMiB(server.pid);
    const result = await stack.load.call('connect', {
      group: 'connections',
      url: server.url,
      clients: withToken ? clients : clients.map(({ roomId }) => ({ roomId })),
      concurrency: 50,
    });
    if (result.failed) throw new Error(`${result.failed} connections failed: ${result.firstError}`);
    await sleep(2000); // idle: let joins' side effects (presence) settle
    const heapKiB = (((await liveHeapMiB(server.inspectPort)) - heapBefore) * 1024) / result.connected;
    const rssKiB = ((rssMiB(server.pid) - rssBefore) * 1024) / result.connected;
    await stack.load.call('disconnect', { group: 'connections' });
    await sleep(1000);
    return { rate: result.perSecond, heapKiB, rssKiB };
  }

  const rounds = [];
  for (let round = 1; round <= ctx.rounds; round++) {
    const baseline = await measure(stack.relay, false);
    const ours = await profiled(stack.full, `connections-${round}`, () => measure(stack.full, true));
    const baselineAgain = await measure(stack.relay, false);
    rounds.push({ baseline, ours, baselineAgain });
    ctx.log(
      `round ${round}: ${clients.length} joined at ${baseline.rate.toFixed(0)}/s bare, ${ours.rate.toFixed(0)}/s TrainAction; heap per connection ${baseline.heapKiB.toFixed(1)} / ${ours.heapKiB.toFixed(1)} KiB`,
    );
  }
  const pick = (key) => rounds.map((r) => ({ baseline: r.baseline[key], ours: r.ours[key], baselineAgain: r.baselineAgain[key] }));
  return {
    rows: [
      compare({
        metric: `connect + auth + join, ${clients.length} sockets in rooms of ${ROOM_SIZE}`,
        unit: 'per s',
        rounds: pick('rate'),
        higherIsBetter: true,
        target: 0.7,
      }),
      compare({ metric: 'live heap per idle joined connection', unit: 'KiB', rounds: pick('heapKiB'), higherIsBetter: false, target: 1.3 }),
      compare({ metric: 'resident memory per idle joined connection', unit: 'KiB', rounds: pick('rssKiB'), higherIsBetter: false }),
    ],
  };
}
