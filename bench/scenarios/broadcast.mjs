// Scenario 1: room broadcast with 2,000 connections, in rooms of 20, 100 and 500 members. Two pairs:
// - our gateway with storage off (auth, validation, broadcast, ack) against a bare socket.io relay;
// - our full path (… and storage) against the relay with a raw driver insert on the same database.
// Saturation: a closed loop of sends in flight gives delivered messages per second and the server's CPU
// time per delivered message. Latency: send-to-receive p50/p99 at half the baseline's saturation rate
// (the target), and p99 with each server at half its own saturation rate (equal load: what is left of the
// difference is the servers' pauses, not the nearness of their saturation).
// The load generator takes senders room by room, so consecutive sends share a room, as in a room's busy
// moment; an untargeted row measures the gateway with consecutive sends from different rooms, where
// fewer messages meet in one socket write (docs/performance.md, "What profiling found").
// Before each room size, every socket sends once unmeasured (warm-up). Each measurement starts once the API
// has written the words of the messages sent before (they wait for a pause in sends) and the servers and the
// database are quiet, so no background work of the one before falls into it.
import { compare, cpuMs, profiled, quiet } from '../lib/measure.mjs';
import { liveStack } from '../lib/live-stack.mjs';

const SIZES = (process.env.BENCH_ROOM_SIZES ?? '20,100,500').split(',').map(Number);
const WINDOW = 64; // sends in flight at saturation

export default async function run(ctx) {
  const stack = await liveStack(ctx);
  const rows = [];
  const extra = {};
  const pairs = [
    { name: 'gateway without storage vs bare socket.io relay', baseline: ['relay', stack.relay], ours: ['nostore', stack.noStorage] },
    { name: 'full path vs relay + raw driver insert', baseline: ['relaydb', stack.relayDriver], ours: ['full', stack.full] },
  ];

  for (const size of SIZES) {
    const clients = stack.clients(size);
    const bare = clients.map(({ roomId }) => ({ roomId }));
    for (const [group, server] of [pairs[0].baseline, pairs[0].ours, pairs[1].baseline, pairs[1].ours]) {
      const result = await stack.load.call('connect', {
        group,
        url: server.url,
        clients: group === 'relay' || group === 'relaydb' ? bare : clients,
      });
      if (result.failed) throw new Error(`${group}: ${result.failed} connections failed: ${result.firstError}`);
    }
    ctx.log(`rooms of ${size}: 4 × ${clients.length} sockets connected and joined`);
    // Warm-up, not measured: every socket sends once, so each server has compiled its hot path and the API
    // has read each sender's profile into its cache (a person's first message after signing in reads it).
    for (const group of ['relay', 'nostore', 'relaydb', 'full']) {
      const warm = await stack.load.call('saturate', { group, window: WINDOW, count: clients.length });
      if (warm.errors) throw new Error(`${group}: ${warm.errors} warm-up sends refused: ${warm.firstError}`);
    }

    const processes = [ctx.db.pid, ...[stack.relay, stack.noStorage, stack.relayDriver, stack.full].map((s) => s.pid)];
    const measure = async ([group, server], args) => {
      const waitedMs = (await stack.wordsWritten()) + (await quiet(processes));
      const before = cpuMs(server.pid);
      const dbBefore = cpuMs(ctx.db.pid);
      const result = await stack.load.call(args.rate ? 'fixed' : 'saturate', { group, seconds: ctx.seconds, ...args });
      const cpu = cpuMs(server.pid) - before;
      const dbCpu = cpuMs(ctx.db.pid) - dbBefore;
      if (result.errors) throw new Error(`${group}: ${result.errors} sends refused: ${result.firstError}`);
      const perDelivered = (ms) => (ms * 1000) / result.deliveredTotal;
      return { ...result, waitedMs, cpuUsPerDelivered: perDelivered(cpu), dbCpuUsPerDelivered: perDelivered(dbCpu) };
    };

    /** The same saturation measurement with each send from the room after the previous send's. */
    const spreadSends = async (pair, size) => {
      const args = { window: WINDOW, stride: size + 1 };
      const baseline = await measure(pair.baseline, args);
      const ours = await measure(pair.ours, args);
      const baselineAgain = await measure(pair.baseline, args);
      return { baseline: baseline.deliveredPerSecond, ours: ours.deliveredPerSecond, baselineAgain: baselineAgain.deliveredPerSecond };
    };

    for (const pair of pairs) {
      const saturation = [];
      for (let round = 1; round <= ctx.rounds; round++) {
        const baseline = await profiled(pair.baseline[1], `broadcast-${size}-${pair.baseline[0]}-${round}`, () =>
          measure(pair.baseline, { window: WINDOW }),
        );
        const ours = await profiled(pair.ours[1], `broadcast-${size}-${pair.ours[0]}-${round}`, () =>
          measure(pair.ours, { window: WINDOW }),
        );
        const baselineAgain = await measure(pair.baseline, { window: WINDOW });
        const spread = pair === pairs[0] ? await spreadSends(pair, size) : undefined;
        saturation.push({ baseline, ours, baselineAgain, spread });
        const spreadLog = spread ? `; sends from different rooms: ${spread.baseline.toFixed(0)} vs ${spread.ours.toFixed(0)}` : '';
        ctx.log(
          `rooms of ${size}, ${pair.ours[0]}: ${baseline.deliveredPerSecond.toFixed(0)} vs ${ours.deliveredPerSecond.toFixed(0)} delivered/s${spreadLog}`,
        );
      }
      const halfOf = (side) =>
        Math.max(1, Math.round(saturation.map((r) => r[side].sendsPerSecond).sort((a, b) => a - b)[Math.floor(saturation.length / 2)] / 2));
      const rate = halfOf('baseline');
      const ownRate = halfOf('ours');
      const latency = [];
      for (let round = 1; round <= ctx.rounds; round++) {
        const baseline = await measure(pair.baseline, { rate });
        const ours = await profiled(pair.ours[1], `broadcast-${size}-${pair.ours[0]}-at-rate-${round}`, () => measure(pair.ours, { rate }));
        const baselineAgain = await measure(pair.baseline, { rate });
        const oursAtOwnHalf = await measure(pair.ours, { rate: ownRate });
        latency.push({ baseline, ours, baselineAgain, oursAtOwnHalf });
        ctx.log(
          `rooms of ${size}, ${pair.ours[0]} at ${rate} sends/s: p99 ${baseline.latency.p99.toFixed(1)} vs ${ours.latency.p99.toFixed(1)} ms` +
            ` (waited for quiet ${baseline.waitedMs} and ${ours.waitedMs} ms)`,
        );
      }
      const pick = (list, get) => list.map((r) => ({ baseline: get(r.baseline), ours: get(r.ours), baselineAgain: get(r.baselineAgain) }));
      const label = `rooms of ${size}, ${pair.name}`;
      const isGateway = pair === pairs[0];
      rows.push(
        compare({
          metric: `${label}: delivered messages`,
          unit: 'per s',
          rounds: pick(saturation, (r) => r.deliveredPerSecond),
          higherIsBetter: true,
          target: isGateway ? 0.9 : 0.8,
        }),
        ...(isGateway
          ? [
              compare({
                metric: `${label}: delivered messages, consecutive sends from different rooms`,
                unit: 'per s',
                rounds: saturation.map((r) => r.spread),
                higherIsBetter: true,
              }),
            ]
          : []),
        compare({
          metric: `${label}: server CPU per delivered message`,
          unit: 'µs',
          rounds: pick(saturation, (r) => r.cpuUsPerDelivered),
          higherIsBetter: false,
        }),
        ...(isGateway
          ? []
          : [
              compare({
                metric: `${label}: database CPU per delivered message`,
                unit: 'µs',
                rounds: pick(saturation, (r) => r.dbCpuUsPerDelivered),
                higherIsBetter: false,
              }),
            ]),
        compare({
          metric: `${label}: p50 latency at ${rate} sends/s`,
          unit: 'ms',
          rounds: pick(latency, (r) => r.latency.p50),
          higherIsBetter: false,
        }),
        compare({
          metric: `${label}: p99 latency at ${rate} sends/s`,
          unit: 'ms',
          rounds: pick(latency, (r) => r.latency.p99),
          higherIsBetter: false,
          target: 1.5,
        }),
        compare({
          metric: `${label}: p99 latency, each at half its own saturation (${rate} / ${ownRate} sends/s)`,
          unit: 'ms',
          rounds: latency.map((r) => ({
            baseline: r.baseline.latency.p99,
            ours: r.oursAtOwnHalf.latency.p99,
            baselineAgain: r.baselineAgain.latency.p99,
          })),
          higherIsBetter: false,
        }),
      );
      extra[`${size}:${pair.ours[0]}`] = { saturation, latency };
    }
    for (const group of ['relay', 'nostore', 'relaydb', 'full']) await stack.load.call('disconnect', { group });
    // The next size starts with empty rooms: on the embedded database every join scans the messages.
    await stack.clearMessages();
  }
  return { rows, extra };
}
