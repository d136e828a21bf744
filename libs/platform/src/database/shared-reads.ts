/**
 * Coalesces identical reads: callers who ask while a read of the same key is running wait for the next
 * one, which starts when it ends and serves all of them. So every caller gets data read after it asked
 * (what "subscribe, then read" needs), and a storm of 500 joins to one room costs a few reads, not 500.
 */
export class SharedReads<V> {
  private readonly slots = new Map<string, { running?: Promise<V>; queued?: Promise<V> }>();

  read(key: string, load: () => Promise<V>): Promise<V> {
    let slot = this.slots.get(key);
    if (!slot) this.slots.set(key, (slot = {}));
    const { running } = slot;
    if (!running) return (slot.running = this.run(key, slot, load));
    const current = slot;
    current.queued ??= running.then(
      () => this.next(key, current, load),
      () => this.next(key, current, load),
    );
    return current.queued;
  }

  private next(key: string, slot: { running?: Promise<V>; queued?: Promise<V> }, load: () => Promise<V>): Promise<V> {
    slot.queued = undefined;
    return (slot.running = this.run(key, slot, load));
  }

  private run(key: string, slot: { running?: Promise<V>; queued?: Promise<V> }, load: () => Promise<V>): Promise<V> {
    const promise: Promise<V> = load().finally(() => {
      if (slot.running === promise) slot.running = undefined;
      if (!slot.running && !slot.queued) this.slots.delete(key);
    });
    return promise;
  }
}
