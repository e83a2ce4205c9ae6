// Nothing a container, an image or a log line contains reaches the terminal raw (DESIGN.md §8):
// control characters become visible, inert stand-ins.

// C0 controls, DEL and C1 controls (0x80–0x9f, which some terminals obey as 8-bit escapes).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** For table cells and titles: every control character shown as a visible, harmless symbol. */
export function inert(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x1b) return '␛';
    if (code === 0x09) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '␡';
    return '�';
  });
}

/** A run of text with one style, from a log line's colour (SGR) sequences. */
export interface Style {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  strikethrough?: boolean;
}

export interface Segment {
  /** Already inert: safe to write. */
  text: string;
  style: Style;
}

const NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];
const BRIGHT = NAMES.map((n) => `${n}Bright`);
// Only ESC [ digits/;/: m is a colour sequence; anything else starting with ESC is shown, inert.
const SGR = /\x1b\[([0-9;:]{0,64})m/y;
const SGR_ALL = /\x1b\[[0-9;:]{0,64}m/g;

const hex = (n: number) => Math.max(0, Math.min(255, n)).toString(16).padStart(2, '0');

/** An extended colour (38/48): 5;n → ansi256(n), 2;r;g;b → #rrggbb. Returns the colour and params used. */
function extended(params: number[], at: number): { color?: string; used: number } {
  const mode = params[at + 1];
  if (mode === 5 && params[at + 2] !== undefined)
    return { color: `ansi256(${Math.min(255, params[at + 2]!)})`, used: 3 };
  if (mode === 2 && params[at + 4] !== undefined)
    return { color: `#${hex(params[at + 2]!)}${hex(params[at + 3]!)}${hex(params[at + 4]!)}`, used: 5 };
  return { used: params.length - at };
}

function applySgr(style: Style, body: string): Style {
  // 38:2::r:g:b (colon form, with an optional colour-space id) is read like 38;2;r;g;b
  const colon = body.includes(':');
  const params = (colon ? body.replace(/(38|48):2::/g, '$1:2:').replace(/:/g, ';') : body)
    .split(';')
    .map((p) => (p === '' ? 0 : Number(p)));
  const next: Style = { ...style };
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    if (p === 0) for (const k of Object.keys(next)) delete next[k as keyof Style];
    else if (p === 1) next.bold = true;
    else if (p === 2) next.dim = true;
    else if (p === 3) next.italic = true;
    else if (p === 4) next.underline = true;
    else if (p === 7) next.inverse = true;
    else if (p === 9) next.strikethrough = true;
    else if (p === 22) {
      delete next.bold;
      delete next.dim;
    } else if (p === 23) delete next.italic;
    else if (p === 24) delete next.underline;
    else if (p === 27) delete next.inverse;
    else if (p === 29) delete next.strikethrough;
    else if (p >= 30 && p <= 37) next.color = NAMES[p - 30];
    else if (p === 39) delete next.color;
    else if (p >= 40 && p <= 47) next.backgroundColor = NAMES[p - 40];
    else if (p === 49) delete next.backgroundColor;
    else if (p >= 90 && p <= 97) next.color = BRIGHT[p - 90];
    else if (p >= 100 && p <= 107) next.backgroundColor = BRIGHT[p - 100];
    else if (p === 38 || p === 48) {
      const { color, used } = extended(params, i);
      if (color) next[p === 38 ? 'color' : 'backgroundColor'] = color;
      i += used - 1;
    }
  }
  return next;
}

/**
 * For log lines: colour (SGR) sequences become styled segments; every other control or escape sequence
 * (cursor moves, clear screen, titles, OSC 52, hyperlinks, bells, C1 controls) is shown inert. The
 * segments' texts joined are exactly inert(stripSgr(text)), character for character.
 */
export function sgrSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let style: Style = {};
  let from = 0;
  let at = text.indexOf('\x1b');
  if (at < 0) return [{ text: inert(text), style }];
  while (at >= 0) {
    SGR.lastIndex = at;
    const m = SGR.exec(text);
    if (m) {
      if (at > from) out.push({ text: inert(text.slice(from, at)), style });
      style = applySgr(style, m[1]!);
      from = SGR.lastIndex;
      at = text.indexOf('\x1b', from);
    } else {
      at = text.indexOf('\x1b', at + 1);
    }
  }
  if (from < text.length) out.push({ text: inert(text.slice(from)), style });
  return out;
}

/** The text without its colour sequences (what search and copy see); other controls stay. */
export function stripSgr(text: string): string {
  return text.includes('\x1b') ? text.replace(SGR_ALL, '') : text;
}
