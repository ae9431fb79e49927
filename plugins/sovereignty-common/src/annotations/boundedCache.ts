/**
 * A cache bounded by its number of entries and by the total length of its
 * keys. Keys are the annotation values themselves, so the second bound is
 * what keeps long values (repeated across a catalog, or posted again and
 * again) cacheable without letting them fill memory. The values cached for
 * a key are bounded by the parser's caps, not counted.
 *
 * Two generations approximate least-recently-used at O(1) a call: new and
 * recently read entries go to the current one; when it holds half the
 * bounds it becomes the previous one and the old previous one is dropped.
 * (Evicting the oldest entry of one Map instead makes every eviction scan
 * the deleted slots at its front.) Keys longer than half the character
 * bound are not cached.
 */
export class BoundedCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  private currentCharacters = 0;
  private readonly generationEntries: number;
  private readonly generationCharacters: number;

  constructor(maxEntries: number, maxCharacters: number) {
    this.generationEntries = Math.max(1, Math.floor(maxEntries / 2));
    this.generationCharacters = Math.floor(maxCharacters / 2);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }

  get(key: string): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) {
      this.previous.delete(key);
      this.store(key, old);
    }
    return old;
  }

  set(key: string, value: V): void {
    if (key.length > this.generationCharacters) return;
    this.previous.delete(key);
    if (this.current.has(key)) this.current.set(key, value);
    else this.store(key, value);
  }

  private store(key: string, value: V): void {
    if (
      this.current.size >= this.generationEntries ||
      this.currentCharacters + key.length > this.generationCharacters
    ) {
      this.previous = this.current;
      this.current = new Map();
      this.currentCharacters = 0;
    }
    this.current.set(key, value);
    this.currentCharacters += key.length;
  }
}
