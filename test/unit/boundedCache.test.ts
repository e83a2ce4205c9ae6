// The bounded cache that stands in for ink's text caches: it answers what it was told lately and never
// holds more than two generations.
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../source/ink/boundedCache.js';

describe('a bounded cache', () => {
  it('answers what was set, and keeps what is used while new entries stream by', () => {
    const cache = new BoundedCache<string, number>(100);
    cache.set('kept', 1);
    for (let i = 0; i < 100_000; i++) {
      cache.set(`line ${i}`, i);
      if (i % 50 === 0) expect(cache.get('kept')).toBe(1);
      expect(cache.count).toBeLessThanOrEqual(200);
    }
    expect(cache.get('line 99999')).toBe(99_999);
    expect(cache.get('line 5')).toBeUndefined();
  });
});
