import { describe, expect, it } from 'vitest';
import { Ring } from '../../../source/logs/ring.js';

describe('the ring buffer', () => {
  it('keeps the newest items up to its capacity, oldest first', () => {
    const r = new Ring<number>(3);
    expect(r.push(1)).toBeUndefined();
    r.push(2);
    r.push(3);
    expect(r.push(4)).toBe(1);
    expect(r.toArray()).toEqual([2, 3, 4]);
    expect(r.length).toBe(3);
    expect(r.at(0)).toBe(2);
    expect(r.last()).toBe(4);
    expect(r.at(3)).toBeUndefined();
  });

  it('stays bounded after a million pushes', () => {
    const r = new Ring<number>(1000);
    for (let i = 0; i < 1_000_000; i++) r.push(i);
    expect(r.length).toBe(1000);
    expect(r.at(0)).toBe(999_000);
    expect(r.last()).toBe(999_999);
  });

  it('shifts from the front and clears', () => {
    const r = new Ring<string>(2);
    r.push('a');
    r.push('b');
    r.push('c');
    expect(r.shift()).toBe('b');
    expect(r.toArray()).toEqual(['c']);
    r.clear();
    expect(r.length).toBe(0);
    expect(r.shift()).toBeUndefined();
  });

  it('refuses a capacity that is not a positive whole number', () => {
    expect(() => new Ring(0)).toThrow(RangeError);
  });
});
