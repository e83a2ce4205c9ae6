// Display width, quick for the text berth draws. string-width segments every string into graphemes and
// tests each against emoji and Hangul rules; ink asks it for every line of every frame (~5 ms a frame at
// 200 containers). A line of simple characters and SGR colours is as wide as its characters; anything
// else goes to string-width itself. scripts/build.mjs sends every import of string-width here.
import realStringWidth, { type Options } from 'string-width';
import { sgrEnd } from './sgr.js';

// Code units that are one grapheme and one column by themselves, and never join their neighbours:
// printable ASCII and Latin, general punctuation, arrows, maths, box drawing, blocks, most geometric
// shapes (test/unit/inkOutput.test.ts checks each against string-width and the segmenter).
export const SIMPLE = new Uint8Array(0x2600);
for (const [from, to] of [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x2500, 0x25fc],
] as const) {
  SIMPLE.fill(1, from, to + 1);
}

export function isSimple(code: number): boolean {
  return code < 0x2600 && SIMPLE[code] === 1;
}

/** The width of a line of simple characters and SGR sequences, or undefined for any other line. */
export function plainWidth(text: string): number | undefined {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x1b) {
      i = sgrEnd(text, i);
      if (i < 0) return undefined;
    } else if (isSimple(c)) {
      width++;
    } else {
      return undefined;
    }
  }
  return width;
}

export default function stringWidth(text: string, options?: Options): number {
  if (options?.countAnsiEscapeCodes || options?.ambiguousIsNarrow === false)
    return realStringWidth(text, options);
  return plainWidth(text) ?? realStringWidth(text, options);
}
