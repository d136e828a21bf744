import { describe, expect, it } from 'vitest';
import { PeriodicTask } from './periodic-task';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe(PeriodicTask.name, () => {
  it('runs every interval without overlapping passes, survives a failed pass, and stop waits for the pass under way', async () => {
    let running = 0;
    let overlapped = false;
    let passes = 0;
    const errors: unknown[] = [];
    const task = new PeriodicTask(
      async () => {
        overlapped ||= running > 0;
        running++;
        passes++;
        await sleep(45); // longer than the interval: the next due pass is skipped, not run alongside
        running--;
        if (passes === 1) throw new Error('first pass fails');
      },
      (error) => errors.push(error),
    );
    expect(task.start(20)).toBe(true);
    await sleep(200);
    await task.stop();
    expect(running).toBe(0);
    const stopped = passes;
    await sleep(60);
    expect(passes).toBe(stopped);
    expect(passes).toBeGreaterThanOrEqual(2);
    expect(overlapped).toBe(false);
    expect(errors).toHaveLength(1);
  });

  it('never runs with an interval of 0', async () => {
    let passes = 0;
    const task = new PeriodicTask(
      async () => void passes++,
      () => undefined,
    );
    expect(task.start(0)).toBe(false);
    await sleep(30);
    expect(passes).toBe(0);
    await task.stop();
  });
});
