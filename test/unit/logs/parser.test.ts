import { describe, expect, it } from 'vitest';
import { LogParser, tsToSince } from '../../../source/docker/logParser.js';
import type { LogLine } from '../../../source/docker/types.js';

const TS = '2026-11-27T20:00:42.651712651Z';
const TS2 = '2026-11-27T20:00:43.000000001Z';

function frame(stream: 1 | 2, payload: Buffer | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  const head = Buffer.alloc(8);
  head[0] = stream;
  head.writeUInt32BE(body.length, 4);
  return Buffer.concat([head, body]);
}

function parse(tty: boolean, chunks: Buffer[], cap?: number): LogLine[] {
  const out: LogLine[] = [];
  const p = new LogParser(tty, (l) => out.push(l), cap);
  for (const c of chunks) p.push(c);
  p.end();
  return out;
}

/** Every way of cutting a buffer in two, to prove chunk boundaries never matter. */
function splits(buf: Buffer): Buffer[][] {
  const out: Buffer[][] = [];
  for (let i = 1; i < buf.length; i++) out.push([buf.subarray(0, i), buf.subarray(i)]);
  return out;
}

describe('the log stream parser', () => {
  it('demultiplexes stdout and stderr frames into lines with their timestamps', () => {
    const data = Buffer.concat([
      frame(1, `${TS} one\n`),
      frame(2, `${TS2} two\n`),
      frame(1, `${TS2} three\n`),
    ]);
    const lines = parse(false, [data]);
    expect(lines.map((l) => [l.stream, l.ts, l.text])).toEqual([
      ['stdout', TS, 'one'],
      ['stderr', TS2, 'two'],
      ['stdout', TS2, 'three'],
    ]);
  });

  it('gives the same lines however the bytes are cut into chunks', () => {
    const data = Buffer.concat([frame(1, `${TS} héllo wörld ✓\n`), frame(2, `${TS2} ünïcode 日本\n`)]);
    const whole = parse(false, [data]).map((l) => `${l.stream} ${l.text}`);
    for (const parts of splits(data))
      expect(parse(false, parts).map((l) => `${l.stream} ${l.text}`)).toEqual(whole);
    const raw = Buffer.from(`${TS} héllo wörld ✓\r\n${TS2} 日本\r\n`);
    const wholeTty = parse(true, [raw]).map((l) => l.text);
    expect(wholeTty).toEqual(['héllo wörld ✓', '日本']);
    for (const parts of splits(raw)) expect(parse(true, parts).map((l) => l.text)).toEqual(wholeTty);
  });

  it('joins the partial messages of a long line (16 KiB each, repeated timestamp) back into one line', () => {
    const a = 'a'.repeat(16384);
    const framed = Buffer.concat([frame(1, `${TS} ${a}`), frame(1, `${TS} ${a}`), frame(1, `${TS} end\n`)]);
    expect(parse(false, [framed]).map((l) => l.text)).toEqual([`${a}${a}end`]);
    const raw = Buffer.from(`${TS} ${a}${TS} ${a}${TS} end\r\n${TS2} next\r\n`);
    expect(parse(true, [raw]).map((l) => l.text)).toEqual([`${a}${a}end`, 'next']);
  });

  it('decodes a multi-byte character split across two partial messages', () => {
    const euro = Buffer.from('€'); // 3 bytes
    const first = Buffer.concat([Buffer.from(`${TS} x`), euro.subarray(0, 2)]);
    const second = Buffer.concat([Buffer.from(`${TS} `), euro.subarray(2), Buffer.from('y\n')]);
    expect(parse(false, [Buffer.concat([frame(1, first), frame(1, second)])])[0]!.text).toBe('x€y');
  });

  it('shows invalid UTF-8 as replacement characters, without spilling into the next line', () => {
    const bad = Buffer.concat([Buffer.from(`${TS} a`), Buffer.from([0xff, 0xe2, 0x82]), Buffer.from('\n')]);
    const next = Buffer.from(`${TS2} ok\n`);
    const lines = parse(false, [frame(1, bad), frame(1, next)]);
    expect(lines.map((l) => l.text)).toEqual(['a\uFFFD\uFFFD', 'ok']);
  });

  it('keeps a line up to the cap and says how long it really was', () => {
    const lines = parse(false, [frame(1, `${TS} ${'x'.repeat(100)}\n`)], 40);
    expect(lines[0]!.text).toBe('x'.repeat(40));
    expect(lines[0]!.length).toBe(100);
  });

  it('keeps a line without its final newline when the stream ends', () => {
    expect(parse(false, [frame(1, `${TS} no newline`)]).map((l) => l.text)).toEqual(['no newline']);
    expect(parse(true, [Buffer.from(`${TS} tty no newline`)]).map((l) => l.text)).toEqual(['tty no newline']);
  });

  it('keeps empty lines', () => {
    expect(parse(false, [frame(1, `${TS} \n`), frame(1, `${TS2} b\n`)]).map((l) => l.text)).toEqual([
      '',
      'b',
    ]);
  });

  it('turns a timestamp into the engine’s since form, exact to the nanosecond', () => {
    expect(tsToSince('1970-01-01T00:00:10.000000042Z')).toBe('10.000000042');
    expect(tsToSince('2026-11-27T20:00:42.5Z')).toBe(
      `${Date.parse('2026-11-27T20:00:42Z') / 1000}.500000000`,
    );
    expect(tsToSince('garbage')).toBeUndefined();
  });
});
