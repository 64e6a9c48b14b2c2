import type { SimMailbox } from './types.js';

/**
 * A map of mailboxes some of which are made on first use: `defer(ids, make)` promises the mailboxes of `ids`,
 * and `get`/`has` of any of them runs `make` once (it returns all of them). Iterating makes every deferred one
 * first, so the map reads like an ordinary one; only the moment of making differs.
 */
export class LazyMailboxes extends Map<string, SimMailbox> {
  private readonly pending = new Map<string, () => Map<string, SimMailbox>>();

  /** Promises the mailboxes of `ids`, made together by `make` when one is first read. */
  defer(ids: readonly string[], make: () => Map<string, SimMailbox>): void {
    for (const id of ids) this.pending.set(id, make);
  }

  override get(id: string): SimMailbox | undefined {
    const made = super.get(id);
    if (made !== undefined) return made;
    const make = this.pending.get(id);
    if (make === undefined) return undefined;
    this.make(make);
    return super.get(id);
  }

  override has(id: string): boolean {
    return super.has(id) || this.pending.has(id);
  }

  override get size(): number {
    this.makeAll();
    return super.size;
  }

  override entries(): MapIterator<[string, SimMailbox]> {
    this.makeAll();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    this.makeAll();
    return super.keys();
  }

  override values(): MapIterator<SimMailbox> {
    this.makeAll();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, SimMailbox]> {
    return this.entries();
  }

  override forEach(fn: (value: SimMailbox, key: string, map: Map<string, SimMailbox>) => void, thisArg?: unknown): void {
    this.makeAll();
    super.forEach(fn, thisArg);
  }

  /** Moves every mailbox, made or promised, into `target` (which makes the promised ones when they are read). */
  moveInto(target: LazyMailboxes): void {
    for (const [id, mailbox] of super.entries()) target.set(id, mailbox);
    for (const [id, make] of this.pending) target.pending.set(id, make);
    super.clear();
    this.pending.clear();
  }

  /** How many promised mailboxes are not made yet. */
  deferredCount(): number {
    return this.pending.size;
  }

  private make(make: () => Map<string, SimMailbox>): void {
    for (const [id, mailbox] of make()) {
      super.set(id, mailbox);
      this.pending.delete(id);
    }
  }

  private makeAll(): void {
    for (const make of new Set(this.pending.values())) this.make(make);
  }
}

/** An empty `LazyMailboxes`. */
export function createLazyMailboxes(): LazyMailboxes {
  return new LazyMailboxes();
}
