import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../source/docker/types.js';
import { compilePattern, lineMatches, matchRanges } from '../../../source/logs/search.js';
import { filterLines, merge } from '../../../source/logs/session.js';

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

describe('filtering and merging lines', () => {
  const lines = ['a', 'b', 'hit 1', 'c', 'd', 'e', 'f', 'hit 2', 'g'].map((t) => line(t));
  const hit = compilePattern('hit').pattern!;

  it('keeps only matching lines, or only the others when inverted', () => {
    expect(filterLines(lines, hit).lines.map((l) => l.text)).toEqual(['hit 1', 'hit 2']);
    expect(filterLines(lines, hit, true).lines.map((l) => l.text)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'g',
    ]);
  });

  it('adds context lines around matches, each once, and marks them', () => {
    const { lines: out, context } = filterLines(lines, hit, false, 2);
    expect(out.map((l) => l.text)).toEqual(['a', 'b', 'hit 1', 'c', 'd', 'e', 'f', 'hit 2', 'g']);
    expect(context?.has(out[2]!)).toBe(false);
    expect(context?.has(out[0]!)).toBe(true);
    const one = filterLines(lines, hit, false, 1).lines.map((l) => l.text);
    expect(one).toEqual(['b', 'hit 1', 'c', 'f', 'hit 2', 'g']);
  });

  it('merges sources in time order, ties in source order', () => {
    const a = [
      line('a1', '2026-01-01T00:00:01.000000000Z', 0),
      line('a3', '2026-01-01T00:00:03.000000000Z', 0),
    ];
    const b = [
      line('b1', '2026-01-01T00:00:01.000000000Z', 1),
      line('b2', '2026-01-01T00:00:02.000000000Z', 1),
      line('b4', '2026-01-01T00:00:04.000000000Z', 1),
    ];
    expect(merge([a, b]).map((l) => l.text)).toEqual(['a1', 'b1', 'b2', 'a3', 'b4']);
    expect(merge([[], b])).toBe(b);
  });
});
