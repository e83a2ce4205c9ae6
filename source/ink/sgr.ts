// SGR sequences (colours and styles: ESC [ params m), the only escapes berth's lines carry: finding them,
// and reading one as ansi-tokenize (ink's frame grid) and slice-ansi (ink's clipping) read it.
import type { AnsiCode } from '@alcalzone/ansi-tokenize';
import ansiStyles from 'ansi-styles';

/** Index of the `m` ending the SGR sequence at `at` (an ESC) with parameters of digits and `;`, or -1. */
export function sgrEnd(line: string, at: number): number {
  if (line.charCodeAt(at + 1) !== 0x5b) return -1;
  for (let i = at + 2; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x6d) return i;
    if (c !== 0x3b && (c < 0x30 || c > 0x39)) return -1;
  }
  return -1;
}

/** Whether every escape in the text is an SGR sequence (parameters of digits, `;` and `:`), with no C1
 *  control: the text ink's sanitizer would give back unchanged, found without tokenizing it. */
export function onlySgr(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) return false;
    if (c !== 0x1b) continue;
    if (text.charCodeAt(i + 1) !== 0x5b) return false;
    let j = i + 2;
    for (; j < text.length; j++) {
      const p = text.charCodeAt(j);
      if (p !== 0x3b && p !== 0x3a && (p < 0x30 || p > 0x39)) break;
    }
    if (text.charCodeAt(j) !== 0x6d) return false;
    i = j;
  }
  return true;
}

// ansi-tokenize's getEndCode: the code that ends what `code` starts (or `code` itself when it ends something).
const END_CODES = new Set([...ansiStyles.codes.values()].map((n) => ansiStyles.color.ansi(n)));
function endCodeOf(code: string): string {
  if (END_CODES.has(code)) return code;
  const body = code.slice(2);
  if (body.startsWith('38')) return ansiStyles.color.close;
  if (body.startsWith('48')) return ansiStyles.bgColor.close;
  const end = ansiStyles.codes.get(Number.parseInt(body, 10));
  return end ? ansiStyles.color.ansi(end) : ansiStyles.reset.open;
}

/** An SGR sequence as ansi-tokenize splits it: one code a parameter, 256- and 24-bit colours kept whole. */
export function sgrCodes(sequence: string): AnsiCode[] {
  const codes = sequence.includes(';') ? [] : [sequence];
  if (codes.length === 0) {
    const parts = sequence.slice(2, -1).split(';');
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const long =
        (part === '38' || part === '48') &&
        (parts[i + 1] === '5' && i + 2 < parts.length
          ? 3
          : parts[i + 1] === '2' && i + 4 < parts.length
            ? 5
            : 1);
      const n = long || 1;
      codes.push(`\x1b[${parts.slice(i, i + n).join(';')}m`);
      i += n - 1;
    }
  }
  return codes.map((code) => ({ type: 'ansi', code, endCode: endCodeOf(code) }));
}

// What slice-ansi makes of one SGR sequence: the styles it starts, ends or resets (as its getSgrFragments).
type Fragment =
  | { type: 'reset' }
  | { type: 'end'; endCode: string }
  | { type: 'start'; code: string; endCode: string };
const END_NUMBERS = new Set(ansiStyles.codes.values());
// bounded: logs can bring any number of distinct colours
const fragmentsSeen = new Map<string, Fragment[]>();
export function sgrFragments(sequence: string): Fragment[] {
  let fragments = fragmentsSeen.get(sequence);
  if (fragments) return fragments;
  fragments = [];
  const body = sequence.slice(2, -1);
  const raw = body === '' ? ['0'] : body.split(';');
  for (let i = 0; i < raw.length; ) {
    const n = Number.parseInt(raw[i]!, 10);
    if (Number.isNaN(n)) {
      i++;
    } else if (n === 0) {
      fragments.push({ type: 'reset' });
      i++;
    } else if (n === 38 || n === 48) {
      const kind = Number.parseInt(raw[i + 1]!, 10);
      const length = kind === 5 && i + 2 < raw.length ? 3 : kind === 2 && i + 4 < raw.length ? 5 : 1;
      const code = `\x1b[${raw.slice(i, i + length).join(';')}m`;
      fragments.push({ type: 'start', code, endCode: ansiStyles.color.ansi(n === 38 ? 39 : 49) });
      i += length;
    } else if (END_NUMBERS.has(n)) {
      fragments.push({ type: 'end', endCode: ansiStyles.color.ansi(n) });
      i++;
    } else {
      const end = ansiStyles.codes.get(n);
      const endCode = end === undefined ? ansiStyles.reset.open : ansiStyles.color.ansi(end);
      fragments.push({ type: 'start', code: `\x1b[${raw[i]}m`, endCode });
      i++;
    }
  }
  if (fragments.length === 0) fragments.push({ type: 'reset' });
  if (fragmentsSeen.size >= 4096) fragmentsSeen.clear();
  fragmentsSeen.set(sequence, fragments);
  return fragments;
}
