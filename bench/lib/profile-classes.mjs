// `node bench/lib/profile-classes.mjs <file.cpuprofile> <sends>`: where a broadcast server's main thread
// spent its time per send, by what each sample's stack was doing: the broadcast itself (socket.io's
// `to(room).emit` and below, including the socket writes), the product's own handlers (the app bundle,
// Nest, zod), other socket writes (acks), garbage collection, microtasks, idle. `sends` is the number of
// sends the profile covers (delivered per second × the profile's seconds ÷ copies per send).
import { readFileSync } from 'node:fs';

const [file, sends] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const microsPerSample = (profile.endTime - profile.startTime) / profile.samples.length;

function classOf(id) {
  const frames = [];
  for (let at = id; at !== undefined; at = parentOf.get(at)) frames.push(byId.get(at).callFrame);
  const [leaf] = frames;
  const any = (test) => frames.some(test);
  if (leaf.functionName === '(idle)') return 'idle';
  if (any((f) => f.functionName === 'toRoom' || (f.url.includes('broadcast-operator') && f.functionName === 'emit'))) return 'broadcast';
  if (any((f) => f.functionName === 'writev' || f.functionName === 'writevGeneric')) return 'other socket writes (acks)';
  if (leaf.functionName === '(garbage collector)') return 'garbage collection';
  if (any((f) => f.url.includes('dist/apps') || f.url.includes('@nestjs') || f.url.includes('/zod/')))
    return 'product handlers (app, Nest, zod)';
  if (any((f) => f.url.includes('relay.mjs'))) return 'relay handler';
  if (leaf.functionName === 'runMicrotasks' || leaf.functionName === 'processTicksAndRejections') return 'microtasks';
  return 'other';
}

const counts = new Map();
for (const id of profile.samples) counts.set(classOf(id), (counts.get(classOf(id)) ?? 0) + 1);
console.log(`${profile.samples.length} samples of ${microsPerSample.toFixed(0)} µs, ${sends} sends`);
for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(
    `${name.padEnd(36)} ${((100 * count) / profile.samples.length).toFixed(1).padStart(5)}%  ${((count * microsPerSample) / Number(sends)).toFixed(1).padStart(6)} µs per send`,
  );
}
