import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../source/docker/types.js';
import { compilePattern } from '../../../source/logs/search.js';
import { DISPLAY_CAP, type LineOptions, layoutLine } from '../../../source/render/logLine.js';
import { displayWidth } from '../../../source/render/text.js';

const line = (text: string, extra: Partial<LogLine> = {}): LogLine => ({
  ts: '2026-11-27T20:00:42.651712651Z',
  stream: 'stdout',
  text,
  uid: 1,
  src: 0,
  ...extra,
});
const opts = (o: Partial<LineOptions> = {}): LineOptions => ({
  width: 20,
  timestamps: false,
  wrap: false,
  colors: true,
  ...o,
});
const text = (row: { text: string }[]) => row.map((s) => s.text).join('');

describe('laying out a log line', () => {
  it('fits one row to the width, cut with …, never wider', () => {
    const [row] = layoutLine(line('x'.repeat(50)), opts());
    expect(text(row!)).toBe(` ${'x'.repeat(18)}…`);
    for (const t of ['日本語'.repeat(10), 'ab✓'.repeat(20), '\x1b[31m'.repeat(5) + 'y'.repeat(30)]) {
      for (const r of layoutLine(line(t), opts())) expect(displayWidth(text(r))).toBeLessThanOrEqual(20);
      for (const r of layoutLine(line(t), opts({ wrap: true })))
        expect(displayWidth(text(r))).toBeLessThanOrEqual(20);
    }
  });

  it('marks stderr in the gutter and shows the timestamp when asked', () => {
    const [row] = layoutLine(line('boom', { stream: 'stderr' }), opts({ width: 60, timestamps: true }));
    expect(text(row!)).toBe('▌2026-11-27T20:00:42.651Z boom');
  });

  it('wraps under the prefix', () => {
    const rows = layoutLine(line('abcdefghij'), opts({ width: 5, wrap: true }));
    expect(rows.map(text)).toEqual([' abcd', ' efgh', ' ij']);
  });

  it('highlights every match as its own segment, across colour changes', () => {
    const [row] = layoutLine(
      line('\x1b[31merr\x1b[0mor error'),
      opts({ width: 40, highlight: compilePattern('error').pattern }),
    );
    const matched = row!.filter((s) => s.match).map((s) => s.text);
    expect(matched).toEqual(['err', 'or', 'error']);
    expect(row!.find((s) => s.text === 'err')!.style.color).toBe('red');
  });

  it('shows a huge line cut, with a marker that says how long it is', () => {
    const huge = line('z'.repeat(DISPLAY_CAP), { length: 1_048_576 });
    const [row] = layoutLine(huge, opts({ width: 80 }));
    expect(text(row!)).toMatch(/^ z+ ⟨line of 1,048,576 chars/);
    expect(displayWidth(text(row!))).toBeLessThanOrEqual(80);
    const wrapped = layoutLine(huge, opts({ width: 80, wrap: true, maxRows: 10 }));
    expect(wrapped.length).toBe(10);
  });

  it('drops colours without a colour theme', () => {
    const [row] = layoutLine(line('\x1b[1;31mbold red'), opts({ colors: false }));
    expect(row!.find((s) => s.text.includes('bold'))!.style).toEqual({ bold: true });
  });
});
