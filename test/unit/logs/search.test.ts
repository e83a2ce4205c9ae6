import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../source/docker/types.js';
import { compilePattern, lineMatches, matchRanges } from '../../../source/logs/search.js';

let uid = 0;
const line = (text: string, ts = '2026-01-01T00:00:00.000000000Z', src = 0): LogLine => ({
  ts,
  text,
  stream: 'stdout',
  uid: ++uid,
  src,
});

describe('search and filter patterns', () => {
  it('takes plain text and regexes, case-insensitive unless there is a capital', () => {
    const p = compilePattern('err(or)?').pattern!;
    expect(lineMatches(p, line('an ERROR here'))).toBe(true);
    expect(lineMatches(compilePattern('Error').pattern!, line('an ERROR here'))).toBe(false);
    expect(lineMatches(compilePattern('a.b').pattern!, line('aXb'))).toBe(true);
    expect(compilePattern('\\d+').pattern!.test.flags).toContain('i');
  });

  it('says what is wrong with an invalid regex instead of throwing', () => {
    const { error, pattern } = compilePattern('foo(');
    expect(pattern).toBeUndefined();
    expect(error).toMatch(/^invalid regex: .*(unterminated|Unterminated)/);
  });

  it('matches the text as shown: colour codes do not split a word', () => {
    expect(lineMatches(compilePattern('ERROR').pattern!, line('\x1b[31mERR\x1b[1mOR\x1b[0m'))).toBe(true);
  });

  it('finds every match range, skipping empty matches', () => {
    expect(matchRanges(compilePattern('o').pattern!, 'foo boo')).toEqual([
      [1, 2],
      [2, 3],
      [5, 6],
      [6, 7],
    ]);
    expect(matchRanges(compilePattern('x*').pattern!, 'axxb')).toEqual([[1, 3]]);
  });
});
