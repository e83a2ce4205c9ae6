// Stands in for ink's Output (ink/build/output.js; scripts/build.mjs swaps it in): the grid a frame is
// drawn into and the string it becomes. Ink's own makes an object per character through a grapheme
// segmenter, every frame afresh: ~80 ms of berth's first frame, and most of each later one. berth's
// lines are plain text in SGR colours, so this keeps each line it has seen as parsed cells (across
// frames) and walks plain lines by char code; any line with something else (wide or combining
// characters, emoji, other escapes) takes ink's own path. The same operations give the same screen.
import {
  type AnsiCode,
  ansiCodesToString,
  diffAnsiCodes,
  reduceAnsiCodesIncremental,
  styledCharsFromTokens,
  tokenize,
} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import { sgrCodes, sgrEnd, sgrFragments } from './sgr.js';
import stringWidth, { isSimple } from './width.js';

/** An interned set of active SGR codes: equal styles are one object, so cells compare by identity. */
interface Style {
  codes: AnsiCode[];
  /** The style after one more SGR sequence, by the sequence's text. */
  after: Map<string, Style>;
  /** The codes that lead from this style to another. */
  to: Map<Style, string>;
}

/** A line as the cells it covers; a wide character's second cell has the value ''. */
interface Cells {
  values: string[];
  styles: Style[];
  /** Only simple characters and SGR sequences: one cell a column, cut here rather than by slice-ansi. */
  plain: boolean;
  /** Its width as string-width counts it (a zero-width character still takes a cell). */
  width: number;
}

export type Transformer = (line: string, index: number) => string;
export interface Clip {
  x1?: number;
  x2?: number;
  y1?: number;
  y2?: number;
}
/** A row of the frame being drawn. */
interface Row {
  values: string[];
  styles: Style[];
}

type Operation =
  | { type: 'write'; x: number; y: number; text: string; transformers: Transformer[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

// Logs bring styles of their own (24-bit colours): past this many, equal styles may be two objects,
// which costs a transition that writes nothing.
const MAX_STYLES = 4096;
const styles = new Map<string, Style>();
function intern(codes: AnsiCode[]): Style {
  const key = codes.map((c) => c.code).join('');
  let style = styles.get(key);
  if (!style) {
    if (styles.size >= MAX_STYLES) styles.clear();
    style = { codes, after: new Map(), to: new Map() };
    styles.set(key, style);
  }
  return style;
}
const PLAIN = intern([]);

/** The style after one more SGR sequence, reduced as ink's own path reduces it. */
function apply(style: Style, sequence: string): Style {
  let next = style.after.get(sequence);
  if (!next) {
    next = intern(reduceAnsiCodesIncremental(style.codes, sgrCodes(sequence)));
    style.after.set(sequence, next);
  }
  return next;
}

function transition(from: Style, to: Style): string {
  let codes = from.to.get(to);
  if (codes === undefined) {
    codes = ansiCodesToString(diffAnsiCodes(from.codes, to.codes));
    from.to.set(to, codes);
  }
  return codes;
}

/** A line of simple characters and SGR sequences as cells, or undefined for anything else. */
function plainCells(line: string): Cells | undefined {
  const values: string[] = [];
  const cellStyles: Style[] = [];
  let style = PLAIN;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x1b) {
      const end = sgrEnd(line, i);
      if (end < 0) return undefined;
      style = apply(style, line.slice(i, end + 1));
      i = end;
    } else if (isSimple(c)) {
      values.push(line[i]!);
      cellStyles.push(style);
    } else {
      return undefined;
    }
  }
  return { values, styles: cellStyles, plain: true, width: values.length };
}

/** Ink's own way: graphemes, each at least one column, as wide as string-width says. */
function inkCells(line: string): Cells {
  const values: string[] = [];
  const cellStyles: Style[] = [];
  for (const char of styledCharsFromTokens(tokenize(line))) {
    const style = intern(char.styles);
    values.push(char.value);
    cellStyles.push(style);
    for (let i = 1; i < stringWidth(char.value); i++) {
      values.push('');
      cellStyles.push(style);
    }
  }
  return { values, styles: cellStyles, plain: false, width: stringWidth(line) };
}

// Lines parsed for this frame and the one before: most lines of a frame are the same in the next, and a
// line not drawn again is let go at once (under a log firehose every line is new: kept longer, their
// cells would live long enough to reach V8's old generation).
let previous = new Map<string, Cells>();
let current = new Map<string, Cells>();
function cellsOf(line: string): Cells {
  let cells = current.get(line);
  if (!cells) {
    cells = previous.get(line) ?? plainCells(line) ?? inkCells(line);
    current.set(line, cells);
  }
  return cells;
}

function frameDone(): void {
  // ink asks for its (empty) static output after each frame: that is no frame
  if (current.size === 0) return;
  previous = current;
  current = new Map();
}

/** Columns [start, end) of a line, byte for byte as slice-ansi cuts it: a transformer applied after the
 *  cut (a Text's colour) sees the same string, so it paints the same cells. */
function slice(line: string, cells: Cells, start: number, end: number): string {
  if (!cells.plain) return sliceAnsi(line, start, end);
  const active = new Map<string, string>(); // end code → start code, in the order they were set
  let out = '';
  let include = false;
  let position = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 0x1b) {
      const stop = sgrEnd(line, i);
      const sequence = line.slice(i, stop + 1);
      i = stop;
      const fragments = sgrFragments(sequence);
      // past the end only a sequence that closes something active (and opens nothing) is kept
      if (position >= end) {
        let opens = false;
        let closes = false;
        for (const f of fragments) {
          if (f.type === 'start') opens = true;
          else if (f.type === 'reset' ? active.size > 0 : active.has(f.endCode)) closes = true;
        }
        if (opens || !closes) continue;
      }
      for (const f of fragments) {
        if (f.type === 'reset') active.clear();
        else active.delete(f.endCode);
        if (f.type === 'start') active.set(f.endCode, f.code);
      }
      if (include) out += sequence;
      continue;
    }
    if (position >= end) break;
    if (!include && position >= start) {
      include = true;
      out = [...active.values()].join('');
    }
    if (include) out += line[i];
    position++;
  }
  if (!include) return '';
  return out + [...active.keys()].reverse().join('');
}

export default class Output {
  width: number;
  height: number;
  private operations: Operation[] = [];

  constructor({ width, height }: { width: number; height: number }) {
    this.width = width;
    this.height = height;
  }

  write(x: number, y: number, text: string, { transformers }: { transformers: Transformer[] }): void {
    if (text) this.operations.push({ type: 'write', x, y, text, transformers });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    const rows: Row[] = [];
    for (let y = 0; y < this.height; y++) {
      rows.push({
        values: new Array<string>(this.width).fill(' '),
        styles: new Array<Style>(this.width).fill(PLAIN),
      });
    }
    const clips: Clip[] = [];
    for (const op of this.operations) {
      if (op.type === 'clip') clips.push(op.clip);
      else if (op.type === 'unclip') clips.pop();
      else this.draw(rows, op, clips.at(-1));
    }
    let output = '';
    for (let y = 0; y < rows.length; y++) {
      if (y > 0) output += '\n';
      output += serialize(rows[y]!);
    }
    frameDone();
    return { output, height: rows.length };
  }

  /** One write, clipped as ink clips it: whole lines away, the rest cut to the clip's columns. */
  private draw(rows: Row[], op: Extract<Operation, { type: 'write' }>, clip: Clip | undefined): void {
    let { x, y } = op;
    let lines = op.text.split('\n');
    if (clip) {
      const horizontal = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
      const vertical = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
      if (horizontal) {
        const measured = lines.map(cellsOf);
        let widest = 0;
        for (const cells of measured) widest = Math.max(widest, cells.width);
        if (x + widest < clip.x1! || x > clip.x2!) return;
        const from = x < clip.x1! ? clip.x1! - x : 0;
        lines = lines.map((line, i) => {
          const cells = measured[i]!;
          return slice(line, cells, from, x + cells.width > clip.x2! ? clip.x2! - x : cells.width);
        });
        if (x < clip.x1!) x = clip.x1!;
      }
      if (vertical) {
        if (y + lines.length < clip.y1! || y > clip.y2!) return;
        const from = y < clip.y1! ? clip.y1! - y : 0;
        const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
        lines = lines.slice(from, to);
        if (y < clip.y1!) y = clip.y1!;
      }
    }
    // as in ink: a line with no row is skipped without moving down (so text above the frame draws nothing)
    let offsetY = 0;
    for (let index = 0; index < lines.length; index++) {
      const row = rows[y + offsetY];
      if (!row) continue;
      offsetY++;
      let line = lines[index]!;
      for (const transform of op.transformers) line = transform(line, index);
      const cells = cellsOf(line);
      for (let i = 0; i < cells.values.length; i++) {
        row.values[x + i] = cells.values[i]!;
        row.styles[x + i] = cells.styles[i]!;
      }
    }
  }
}

/** A row as text: each change of style written once, everything closed at the end, no trailing blanks. */
function serialize(row: Row): string {
  let out = '';
  let style: Style | undefined;
  for (let i = 0; i < row.values.length; i++) {
    const value = row.values[i];
    if (value === undefined) continue; // a gap left by a write past the end of the row
    const next = row.styles[i]!;
    out += transition(style ?? PLAIN, next) + value;
    style = next;
  }
  if (style) out += transition(style, PLAIN);
  return out.trimEnd();
}
