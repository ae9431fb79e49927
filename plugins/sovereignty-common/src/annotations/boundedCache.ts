/**
 * A least-recently-used map bounded by its number of entries and by the
 * total length of its keys. Keys are the annotation values themselves, so
 * the second bound is what keeps long values (repeated across a catalog, or
 * posted again and again) cacheable without letting them fill memory. The
 * values cached for a key are bounded by the parser's caps, not counted.
 */
export class BoundedCache<V> {
  private readonly entries = new Map<string, V>();
  private characters = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxCharacters: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Map keeps insertion order: re-inserting marks the entry most recent.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    if (key.length > this.maxCharacters) return;
    if (this.entries.delete(key)) this.characters -= key.length;
    this.entries.set(key, value);
    this.characters += key.length;
    while (
      this.entries.size > this.maxEntries ||
      this.characters > this.maxCharacters
    ) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
      this.characters -= oldest.length;
    }
  }
}
