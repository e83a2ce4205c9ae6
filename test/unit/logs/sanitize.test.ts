import { describe, expect, it } from 'vitest';
import { inert, sgrSegments, stripSgr } from '../../../source/render/sanitize.js';

const joined = (text: string) =>
  sgrSegments(text)
    .map((s) => s.text)
    .join('');

// Nothing a terminal would obey may survive: no ESC, no C0/C1 control, no DEL.
const DANGEROUS = /[\u0000-\u001f\u007f-\u009f]/;

describe('log lines with colour kept, everything else inert', () => {
  it('turns colour sequences into styled segments', () => {
    expect(sgrSegments('\x1b[31mred\x1b[0m plain')).toEqual([
      { text: 'red', style: { color: 'red' } },
      { text: ' plain', style: {} },
    ]);
    expect(sgrSegments('\x1b[1;4;92;44mx')).toEqual([
      { text: 'x', style: { bold: true, underline: true, color: 'greenBright', backgroundColor: 'blue' } },
    ]);
    expect(sgrSegments('\x1b[38;5;208ma\x1b[48;2;1;2;255mb\x1b[39;49mc')).toEqual([
      { text: 'a', style: { color: 'ansi256(208)' } },
      { text: 'b', style: { color: 'ansi256(208)', backgroundColor: '#0102ff' } },
      { text: 'c', style: {} },
    ]);
    expect(sgrSegments('\x1b[38:2::10:20:30mx')[0]!.style).toEqual({ color: '#0a141e' });
    expect(sgrSegments('\x1b[1mb\x1b[22mn\x1b[mreset')).toEqual([
      { text: 'b', style: { bold: true } },
      { text: 'n', style: {} },
      { text: 'reset', style: {} },
    ]);
  });

  it('shows every other escape and control sequence, inert', () => {
    const hostile = [
      '\x1b[2J', // clear screen
      '\x1b[H\x1b[10;10H', // cursor moves
      '\x1b[?1049l', // leave the alternate screen
      '\x1b]0;pwned\x07', // window title
      '\x1b]52;c;aGVsbG8=\x07', // OSC 52 clipboard write
      '\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\', // hyperlink
      '\x07', // bell
      '\x9b2J', // C1 CSI
      '\x9d0;title\x9c', // C1 OSC … ST
      '\x1bP+q\x1b\\', // DCS
      '\x1b[6n', // device status report (would make the terminal type)
      '\x1bc', // full reset
      '\r\b\x7f\x00',
    ];
    for (const seq of hostile) {
      const segs = sgrSegments(`a${seq}b`);
      const text = segs.map((s) => s.text).join('');
      expect(text, JSON.stringify(seq)).not.toMatch(DANGEROUS);
      expect(text.startsWith('a') && text.endsWith('b')).toBe(true);
      for (const s of segs) expect(s.style).toEqual({});
    }
    expect(joined('\x1b[2J\x1b]52;c;eA==\x07')).toBe('␛[2J␛]52;c;eA==␇');
  });

  it('does not let a colour sequence smuggle anything: near misses stay inert', () => {
    for (const seq of [
      '\x1b[31;2J',
      '\x1b[31',
      '\x1b[>4m',
      '\x1b[?25m',
      `\x1b[${'1;'.repeat(40)}m`,
      '\x1b\x1b[31m',
    ]) {
      expect(joined(`${seq}x`), JSON.stringify(seq)).not.toMatch(DANGEROUS);
    }
    expect(joined('\x1b\x1b[31mx')).toBe('␛x');
  });

  it('keeps text and indices aligned: the segments are inert(stripSgr(text)) character for character', () => {
    const samples = [
      'plain',
      '\x1b[31mred\x1b[0m and \x1b]0;t\x07 and \x1b[1mbold',
      'tab\there, cr\r, nul\x00, 日本 ✓ \x1b[2J',
      '\x1b[38;5;1m\x1b[48;5;2m\x1b[0m',
    ];
    for (const s of samples) expect(joined(s)).toBe(inert(stripSgr(s)));
  });

  it('survives random bytes without ever emitting a control character', () => {
    let seed = 42;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    const alphabet = [
      '\x1b',
      '[',
      ']',
      ';',
      'm',
      '3',
      '1',
      '8',
      '5',
      '2',
      'J',
      'H',
      '\x07',
      '\x9b',
      'a',
      ':',
      '\\',
      '\x00',
    ];
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0; i < 30; i++) s += alphabet[rnd() % alphabet.length];
      const segs = sgrSegments(s);
      const text = segs.map((x) => x.text).join('');
      expect(text).not.toMatch(DANGEROUS);
      expect(text).toBe(inert(stripSgr(s)));
    }
  });
});
