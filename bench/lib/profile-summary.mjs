// `node bench/lib/profile-summary.mjs <file.cpuprofile> [count]`: the functions with the most self time,
// and the packages or sources they belong to, from a profile written with --cpu-prof.
import { readFileSync } from 'node:fs';

const [file, count = 25] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const selfTicks = new Map();
for (const id of profile.samples) selfTicks.set(id, (selfTicks.get(id) ?? 0) + 1);
const total = profile.samples.length;
const byFunction = new Map();
const byPlace = new Map();
for (const node of profile.nodes) {
  const ticks = selfTicks.get(node.id) ?? 0;
  if (!ticks) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const place =
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (url.includes('dist/apps') ? 'app bundle' : url ? 'node internals' : functionName);
  const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ticks);
  byPlace.set(place, (byPlace.get(place) ?? 0) + ticks);
}
const show = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(count))
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`)
    .join('\n');
console.log(`${total} samples\n\nBy package:\n${show(byPlace)}\n\nBy function:\n${show(byFunction)}`);
