// The off-heap line store and the lists made from it: what goes in comes out (timestamps, UTF-8, cut
// lines, streams), the oldest lines go by count and by bytes however the ring wraps, and filtering and
// merging across stores.
import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../source/docker/types.js';
import { allLines, arrayLines, indexOf, pickLines } from '../../../source/logs/lines.js';
import { compilePattern } from '../../../source/logs/search.js';
import { LineStore } from '../../../source/logs/store.js';
import { rng } from '../../support/rng.js';

let uid = 0;
const line = (text: string, ts = '2026-01-01T00:00:00.000000000Z', stream: 'stdout' | 'stderr' = 'stdout') =>
  ({ ts, text, stream, uid: ++uid, src: 0 }) satisfies LogLine;
const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

function storeOf(src: number, lines: LogLine[], capacity = 1000, bytes = 1 << 20): LineStore {
  const store = new LineStore(src, capacity, bytes);
  for (const l of lines) store.push({ ...l, src });
  return store;
}

describe('the line store', () => {
  it('gives back each line as it was given: timestamp, text in any script, stream, a cut line’s length', () => {
    const given = [
      line('plain', '2026-11-27T20:00:42.651712651Z'),
      line('naïve café — 日本語 🚢', '2026-11-27T20:00:42.651712652Z', 'stderr'),
      line('', '2026-11-27T20:00:43Z'),
      { ...line('x'.repeat(10), ''), length: 5_000_000 },
      line('\x1b[31mred\x1b[0m'),
    ];
    const store = storeOf(3, given);
    expect(store.length).toBe(5);
    const back = allLines(store);
    expect(back).toEqual(given.map((l) => ({ ...l, src: 3 })));
    expect(store.uid(1)).toBe(given[1]!.uid);
    expect(store.at(5)).toBeUndefined();
    expect(store.at(-1)).toBeUndefined();
  });

  it('keeps at most its capacity of lines, the newest', () => {
    const store = storeOf(
      0,
      Array.from({ length: 2500 }, (_, i) => line(`l${i}`)),
      700,
    );
    expect(store.length).toBe(700);
    expect(store.first).toBe(1800);
    expect(texts(allLines(store))).toEqual(Array.from({ length: 700 }, (_, i) => `l${1800 + i}`));
  });

  it('keeps at most its bytes, dropping the oldest lines, whatever the sizes and however the ring wraps', () => {
    for (const [seed, capacity] of [
      [7, 100_000],
      [8, 37],
      [9, 300],
    ] as const) {
      const random = rng(seed);
      const maxBytes = 4096;
      const store = new LineStore(0, capacity, maxBytes);
      const kept: LogLine[] = [];
      for (let i = 0; i < 5000; i++) {
        const size = random() < 0.05 ? Math.floor(random() * 3000) : Math.floor(random() * 80);
        const text = `${i}:${'é'.repeat(size % 7)}${'y'.repeat(size)}`;
        const l = line(text, `2026-01-01T00:00:00.${String(i).padStart(9, '0')}Z`);
        store.push(l);
        kept.push(l);
        const bytesOf = (x: LogLine) => x.ts.length + Buffer.byteLength(x.text);
        // what a ring of maxBytes must still hold: at least the newest line, and nothing older than the
        // newest lines that fit in half of it (the rest may have gone to the ring's unused end)
        let budget = maxBytes / 2;
        let must = 0;
        for (let k = kept.length - 1; k >= 0 && budget >= bytesOf(kept[k]!); k--, must++)
          budget -= bytesOf(kept[k]!);
        expect(store.length).toBeGreaterThanOrEqual(Math.max(1, Math.min(capacity, must)));
        expect(store.length).toBeLessThanOrEqual(capacity);
        expect(store.size).toBeLessThanOrEqual(maxBytes);
        if (i % 97 === 0 || i === 4999) {
          const got = allLines(store);
          expect(got).toEqual(kept.slice(kept.length - store.length));
        }
      }
    }
  });

  it('keeps the head of a line bigger than all its bytes, and says how long it was', () => {
    const store = new LineStore(0, 10, 100);
    store.push(line('a'.repeat(500), '2026-01-01T00:00:00Z'));
    const got = store.at(0)!;
    expect(got.text).toBe('a'.repeat(100 - '2026-01-01T00:00:00Z'.length));
    expect(got.length).toBe(500);
    store.push(line('next'));
    expect(texts(allLines(store))).toEqual(['next']);
  });

  it('starts over empty after clear, numbering on', () => {
    const store = storeOf(0, [line('a'), line('b')]);
    store.clear();
    expect(store.length).toBe(0);
    expect(store.first).toBe(2);
    store.push(line('c'));
    expect(texts(allLines(store))).toEqual(['c']);
  });

  it('tests each line against a pattern once, and forgets a line’s answer when its slot is reused', () => {
    const store = storeOf(0, [line('error 1'), line('ok'), line('ERROR 2')], 3);
    const p = compilePattern('error').pattern!;
    expect([0, 1, 2].map((i) => store.matches(i, p))).toEqual([true, false, true]);
    store.push(line('fine'));
    store.push(line('error 3'));
    expect([0, 1, 2].map((i) => store.matches(i, p))).toEqual([true, false, true]);
    expect(texts(allLines(store))).toEqual(['ERROR 2', 'fine', 'error 3']);
  });
});

describe('filtering and merging lines', () => {
  const store = storeOf(
    0,
    ['a', 'b', 'hit 1', 'c', 'd', 'e', 'f', 'hit 2', 'g'].map((t) => line(t)),
  );
  const hit = compilePattern('hit').pattern!;
  const shown = (p: ReturnType<typeof pickLines>) => texts(allLines(p.lines));

  it('keeps only matching lines, or only the others when inverted', () => {
    expect(shown(pickLines([store], { filter: hit }))).toEqual(['hit 1', 'hit 2']);
    expect(shown(pickLines([store], { filter: hit, invert: true }))).toEqual([
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
    const picked = pickLines([store], { filter: hit, context: 2 });
    const out = allLines(picked.lines);
    expect(texts(out)).toEqual(['a', 'b', 'hit 1', 'c', 'd', 'e', 'f', 'hit 2', 'g']);
    expect(picked.context?.has(out[2]!.uid)).toBe(false);
    expect(picked.context?.has(out[0]!.uid)).toBe(true);
    expect(shown(pickLines([store], { filter: hit, context: 1 }))).toEqual([
      'b',
      'hit 1',
      'c',
      'f',
      'hit 2',
      'g',
    ]);
  });

  it('merges stores in time order, ties in store order, to the nanosecond', () => {
    const a = storeOf(0, [
      line('a1', '2026-01-01T00:00:01.000000001Z'),
      line('a3', '2026-01-01T00:00:03.000000000Z'),
    ]);
    const b = storeOf(1, [
      line('b1', '2026-01-01T00:00:01.000000001Z'),
      line('b1½', '2026-01-01T00:00:01.000000002Z'),
      line('b2', '2026-01-01T00:00:02.9Z'),
      line('b4', '2026-01-01T00:00:04.000000000Z'),
    ]);
    const merged = pickLines([a, b], {}).lines;
    expect(texts(allLines(merged))).toEqual(['a1', 'b1', 'b1½', 'b2', 'a3', 'b4']);
    expect(merged.at(1)!.src).toBe(1);
    expect(indexOf(merged, merged.uid(4))).toBe(4);
    expect(pickLines([b], {}).lines).toBe(b);
  });

  it('reads an array the same way', () => {
    const lines = arrayLines([line('x'), line('hit')]);
    expect(lines.length).toBe(2);
    expect(lines.matches(1, hit)).toBe(true);
    expect(lines.at(0)!.text).toBe('x');
  });
});

describe('the line store’s buffer', () => {
  it('stays small when lines go by count: it comes round instead of growing', () => {
    const store = new LineStore(0, 100, 16 << 20);
    for (let i = 0; i < 100_000; i++) store.push(line(`line ${i}`));
    expect(store.size).toBeLessThanOrEqual(64 * 1024);
    expect(texts(allLines(store))).toEqual(Array.from({ length: 100 }, (_, i) => `line ${99_900 + i}`));
  });
});
