// berth's stand-in for ink's Output (source/ink/output.ts) against ink's own: the same operations must
// give the same screen. Random frames of coloured, clipped, wide, emoji and linked text, from a seed.
import { tokenize } from '@alcalzone/ansi-tokenize';
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import InkOutput from '../../node_modules/ink/build/output.js';
import Output from '../../source/ink/output.js';
import fastWidth, { SIMPLE } from '../../source/ink/width.js';
import { rng } from '../support/rng.js';

const chalk = new Chalk({ level: 3 });
type Painter = (s: string) => string;
const PAINTS: Painter[] = [
  (s) => s,
  chalk.red,
  chalk.bold,
  chalk.dim,
  chalk.inverse,
  chalk.bgBlue.white,
  chalk.rgb(10, 200, 30),
  chalk.bold.underline.yellow,
  (s) => chalk.green(`a${chalk.bold(s)}b`),
  (s) => `\x1b[1;31m${s}\x1b[0m`,
  (s) => `\x1b[38;5;208m${s}`,
  (s) => `\x1b[m${s}\x1b[;4;48;5m${s}\x1b[24;49m`,
];
const PIECES = [
  'web-1',
  'Up 3 minutes',
  '  ',
  '─────',
  '▶ ',
  '● ',
  '0.0.0.0:8080->80/tcp',
  '…',
  'café',
  '日本語',
  '👍',
  'e\u0301',
  '\u200b',
  '\x1b]8;;http://127.0.0.1/\x07link\x1b]8;;\x07',
  '\x1b[2K',
  'tab\there',
];

function randomText(next: () => number): string {
  const lines = 1 + Math.floor(next() * 3);
  return Array.from({ length: lines }, () => {
    let line = '';
    const n = 1 + Math.floor(next() * 5);
    for (let i = 0; i < n; i++) {
      const piece = PIECES[Math.floor(next() * PIECES.length)]!;
      line += PAINTS[Math.floor(next() * PAINTS.length)]!(piece);
    }
    return line;
  }).join('\n');
}

describe('the frame output', () => {
  it('counts each simple character as one column and one grapheme, as ink does', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const wrong: string[] = [];
    for (let code = 0; code < SIMPLE.length; code++) {
      if (SIMPLE[code] !== 1) continue;
      const ch = String.fromCharCode(code);
      const tokens = tokenize(ch);
      const alone =
        stringWidth(ch) === 1 &&
        tokens.length === 1 &&
        tokens[0]!.type === 'char' &&
        !tokens[0]!.fullWidth &&
        [...segmenter.segment(`a${ch}${ch}\u0301`)].length === 3;
      if (!alone) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('draws what ink draws, for random frames', () => {
    for (let seed = 1; seed <= 600; seed++) {
      const next = rng(seed);
      const width = 5 + Math.floor(next() * 40);
      const height = 1 + Math.floor(next() * 8);
      const ours = new Output({ width, height });
      const ink = new InkOutput({ width, height });
      for (let op = 0; op < 12; op++) {
        const roll = next();
        if (roll < 0.15) {
          const clip = {
            x1: Math.floor(next() * width),
            x2: Math.floor(next() * width) + 3,
            y1: next() < 0.7 ? Math.floor(next() * height) : undefined,
            y2: Math.floor(next() * height) + 1,
          };
          ours.clip(clip);
          ink.clip(clip);
        } else if (roll < 0.2) {
          ours.unclip();
          ink.unclip();
        } else {
          const x = Math.floor(next() * (width + 4)) - 2;
          const y = Math.floor(next() * (height + 3)) - 2;
          const text = randomText(next);
          const paint = PAINTS[Math.floor(next() * PAINTS.length)]!;
          const transformers = next() < 0.5 ? [] : [(line: string, i: number) => paint(`${i}${line}`)];
          ours.write(x, y, text, { transformers });
          ink.write(x, y, text, { transformers });
        }
      }
      const expected = ink.get();
      const actual = ours.get();
      expect(actual.height, `seed ${seed}`).toBe(expected.height);
      expect(actual.output, `seed ${seed}`).toBe(expected.output);
    }
  });

  it('measures lines as string-width does', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const next = rng(seed);
      for (const line of randomText(next).split('\n')) {
        expect(fastWidth(line), JSON.stringify(line)).toBe(stringWidth(line));
      }
    }
  });

  it('gives the same frame again from its cached lines', () => {
    const frame = () => {
      const out = new Output({ width: 30, height: 3 });
      out.write(0, 0, `${chalk.green('● web-1')} ${chalk.dim('Up 3 minutes')}`, { transformers: [] });
      out.write(2, 1, '日本語 x', { transformers: [chalk.red] });
      return out.get().output;
    };
    const first = frame();
    expect(frame()).toBe(first);
    expect(first.split('\n')[0]).toContain('web-1');
  });
});
