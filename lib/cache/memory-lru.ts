/**
 * A least-recently-used map bounded by the total size of its values (a Map keeps insertion order, so
 * re-inserting on every read keeps the oldest first). A value larger than the bound is not kept at all.
 */
export class MemoryLru<V> {
  private readonly items = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(
    private readonly maxSize: number,
    private readonly sizeOf: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const item = this.items.get(key);
    if (!item) return undefined;
    this.items.delete(key);
    this.items.set(key, item);
    return item.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const size = this.sizeOf(key, value);
    if (size > this.maxSize) return;
    this.items.set(key, { value, size });
    this.total += size;
    for (const [oldest, item] of this.items) {
      if (this.total <= this.maxSize) break;
      this.items.delete(oldest);
      this.total -= item.size;
    }
  }

  /** Every key and value, least recently used first; reading them this way leaves the order as it is. */
  *entries(): IterableIterator<[string, V]> {
    for (const [key, { value }] of this.items) yield [key, value];
  }

  delete(key: string): void {
    const item = this.items.get(key);
    if (!item) return;
    this.items.delete(key);
    this.total -= item.size;
  }
}
