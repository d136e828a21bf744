/** The first pass waits this long after start (at most one interval), so a restart does not add to the start-up work. */
const FIRST_PASS_MS = 10_000;

/**
 * Runs `work` every `intervalMs` on this node (0: never). Passes never overlap: a pass still running when the
 * next is due makes that one a no-op. A failed pass goes to `onError`; the next pass tries again. `stop` waits
 * for a pass under way (call it from `beforeApplicationShutdown`). Work that several API nodes run must be safe
 * to run at once (claimed by a unique insert, or idempotent).
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(intervalMs: number): boolean {
    if (intervalMs === 0) return false;
    this.schedule(Math.min(FIRST_PASS_MS, intervalMs), intervalMs);
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number, intervalMs: number): void {
    this.timer = setTimeout(() => this.tick(intervalMs), delayMs);
    this.timer.unref();
  }

  private tick(intervalMs: number): void {
    this.running ??= this.work()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
      });
    if (!this.stopped) this.schedule(intervalMs, intervalMs);
  }
}
