// A cache that forgets: ink keeps every text it has measured (measure-text.js) or wrapped (wrap-text.js)
// for the life of the process, and a followed log makes new texts every frame — memory that only grows.
// scripts/build.mjs gives both caches this instead: the entries of this generation and the last, at most
// `size` each; an entry used again moves to the current one.
export class BoundedCache<K, V> {
  private current = new Map<K, V>();
  private last = new Map<K, V>();

  constructor(private readonly size: number) {}

  get(key: K): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.last.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): this {
    this.current.set(key, value);
    if (this.current.size >= this.size) {
      this.last = this.current;
      this.current = new Map();
    }
    return this;
  }

  get count(): number {
    return this.current.size + this.last.size;
  }
}
