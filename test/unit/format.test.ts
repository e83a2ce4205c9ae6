import { describe, expect, it } from 'vitest';
import { byText } from '../../source/compare.js';
import { count, formatAge, formatBytes, humanDuration } from '../../source/render/format.js';

describe('durations in the docker CLI words', () => {
  it.each([
    [500, 'Less than a second'],
    [1000, '1 second'],
    [45_000, '45 seconds'],
    [60_000, 'About a minute'],
    [5 * 60_000, '5 minutes'],
    [3_600_000, 'About an hour'],
    [5 * 3_600_000, '5 hours'],
    [3 * 86_400_000, '3 days'],
    [20 * 86_400_000, '2 weeks'],
    [90 * 86_400_000, '3 months'],
    [800 * 86_400_000, '2 years'],
  ])('%i ms → %s', (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it('ages are relative to now', () => {
    expect(formatAge(1_000_000, 1_000_000 + 3_600_000)).toBe('About an hour ago');
  });

  it('bytes in decimal units, unknown sizes as a dash', () => {
    expect(formatBytes(1_980_000)).toBe('1.98 MB');
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(undefined)).toBe('—');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('counts and names', () => {
  it('separates thousands as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1000000, 1234567890]) {
      expect(count(n)).toBe(n.toLocaleString('en-US'));
    }
  });

  it('sorts names case-insensitively, then by case, as a person reads them', () => {
    const names = ['web-2', 'Api', 'web-10', 'api', 'db', 'Web-1', 'cache_1'];
    expect([...names].sort(byText)).toEqual(['api', 'Api', 'cache_1', 'db', 'Web-1', 'web-10', 'web-2']);
  });
});
