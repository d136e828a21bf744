/** How long a lib's warm-up task may take, and what tells it the database is not answering from its indexes. */
export interface BurstLimits {
  /** At most this many bursts… */
  rounds: number;
  /** …started within this long. */
  budgetMs: number;
  /**
   * A first pass slower than this ends the warm-up before any burst: the database scans (the stock
   * engine of `npm run bench`'s baseline takes seconds per request) or the machine is loaded, and warming would
   * delay the start more than it saves.
   */
  slowMs: number;
}

/**
 * A warm-up (a lib's task; the API's own requests, `warmUpRequests`): `pass(i)` does what the people's requests
 * do, for the i-th of `width` targets (forums, paths). Each pass first, one by one, stopping at one slower than
 * `limits.slowMs`; then bursts of every target's pass at once, as people arrive after a restart: V8 optimises the
 * code for what it meets, and a burst meets batched reads of many targets and large replies that a pass alone
 * does not (docs/performance.md, "Since the `aeb13cb` record"). Answers how many bursts ran.
 */
export async function warmInBursts(width: number, pass: (i: number) => Promise<unknown>, limits: BurstLimits): Promise<number> {
  const started = Date.now();
  for (let i = 0; i < width; i++) {
    const passStarted = Date.now();
    await pass(i);
    if (Date.now() - passStarted > limits.slowMs) return 0;
  }
  let bursts = 0;
  while (width && bursts < limits.rounds && Date.now() - started < limits.budgetMs) {
    await Promise.all(Array.from({ length: width }, (_, i) => pass(i)));
    bursts += 1;
  }
  return bursts;
}
