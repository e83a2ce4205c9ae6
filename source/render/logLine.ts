// A log line → screen rows of styled segments, each row at most `width` cells: the stderr gutter, the
// timestamp, the container's name (merged logs), the text with its colours (everything else inert) and
// search matches highlighted; wrapped or cut with '…'. Pure; only visible lines are ever laid out.

import type { LogLine } from '../docker/types.js';
import stringWidth from '../ink/width.js';
import { matchRanges, type Pattern } from '../logs/search.js';
import { count } from './format.js';
import { type Segment, type Style, sgrSegments } from './sanitize.js';

/** Characters of one line that are laid out at most; a longer line shows a marker (and stays whole). */
export const DISPLAY_CAP = 4096;

export interface RowSegment extends Segment {
  match?: boolean;
}

export interface LineOptions {
  width: number;
  timestamps: boolean;
  wrap: boolean;
  /** Merged logs: the container's name, padded, and its colour. */
  name?: { text: string; color?: string };
  highlight?: Pattern;
  colors: boolean;
  errorColor?: string;
  mutedColor?: string;
  /** Wrapped lines take at most this many rows. */
  maxRows?: number;
}

const ASCII = /^[\x20-\x7e]*$/;

function cells(text: string): number {
  return ASCII.test(text) ? text.length : stringWidth(text);
}

/** Splits text after at most `max` cells. */
function take(text: string, max: number): [string, string, number] {
  if (ASCII.test(text)) return [text.slice(0, max), text.slice(max), Math.min(max, text.length)];
  let used = 0;
  let i = 0;
  for (const ch of text) {
    const w = stringWidth(ch);
    if (used + w > max) break;
    used += w;
    i += ch.length;
  }
  return [text.slice(0, i), text.slice(i), used];
}

/** Splits segments so every match range is its own segment, marked. */
function highlight(segments: RowSegment[], ranges: [number, number][]): RowSegment[] {
  if (ranges.length === 0) return segments;
  const out: RowSegment[] = [];
  let pos = 0;
  let r = 0;
  for (const seg of segments) {
    let text = seg.text;
    let start = pos;
    pos += text.length;
    while (text.length > 0) {
      while (r < ranges.length && ranges[r]![1] <= start) r++;
      const range = ranges[r];
      if (!range || range[0] >= start + text.length) {
        out.push({ ...seg, text });
        break;
      }
      if (range[0] > start) {
        const cut = range[0] - start;
        out.push({ ...seg, text: text.slice(0, cut) });
        text = text.slice(cut);
        start += cut;
        continue;
      }
      const cut = Math.min(text.length, range[1] - start);
      out.push({ ...seg, text: text.slice(0, cut), match: true });
      text = text.slice(cut);
      start += cut;
    }
  }
  return out;
}

const withoutColours = (style: Style): Style => {
  const { color: _c, backgroundColor: _b, ...rest } = style;
  return rest;
};

export function formatTs(ts: string): string {
  // 2026-11-27T20:00:42.651712651Z → 2026-11-27T20:00:42.651Z
  return ts.length >= 23 ? `${ts.slice(0, 23)}Z` : ts.padEnd(24);
}

/** The prefix (gutter, timestamp, name) of a line. */
function prefix(line: LogLine, o: LineOptions): RowSegment[] {
  const out: RowSegment[] = [
    line.stream === 'stderr' ? { text: '▌', style: { color: o.errorColor } } : { text: ' ', style: {} },
  ];
  if (o.timestamps) out.push({ text: `${formatTs(line.ts)} `, style: { color: o.mutedColor } });
  if (o.name) out.push({ text: `${o.name.text} │ `, style: { color: o.name.color } });
  return out;
}

export function layoutLine(line: LogLine, o: LineOptions): RowSegment[][] {
  const head = prefix(line, o);
  const headWidth = head.reduce((n, s) => n + cells(s.text), 0);
  const room = Math.max(1, o.width - headWidth);
  const full = line.length ?? line.text.length;
  const huge = line.text.length > DISPLAY_CAP || line.length !== undefined;
  let body: RowSegment[] = sgrSegments(huge ? line.text.slice(0, DISPLAY_CAP) : line.text);
  if (!o.colors) body = body.map((s) => ({ ...s, style: withoutColours(s.style) }));
  if (o.highlight) body = highlight(body, matchRanges(o.highlight, body.map((s) => s.text).join('')));
  const marker: RowSegment | undefined = huge
    ? {
        text: ` ⟨line of ${count(full)} chars, cut here; y copies it⟩`,
        style: { color: o.mutedColor },
      }
    : undefined;

  if (!o.wrap) {
    const limit = room - (marker ? Math.min(room - 1, cells(marker.text)) : 0);
    const row = [...head];
    let used = 0;
    let cut = false;
    for (const seg of body) {
      const w = cells(seg.text);
      if (used + w <= limit) {
        row.push(seg);
        used += w;
        continue;
      }
      const [part] = take(seg.text, Math.max(0, limit - used - 1));
      if (part) row.push({ ...seg, text: part });
      used += cells(part);
      cut = true;
      break;
    }
    if (marker) row.push({ ...marker, text: take(marker.text, room - used)[0] });
    else if (cut) row.push({ text: '…', style: { color: o.mutedColor } });
    return [row];
  }

  const rows: RowSegment[][] = [];
  const indent: RowSegment = { text: ' '.repeat(headWidth), style: {} };
  let row: RowSegment[] = [...head];
  let used = 0;
  const maxRows = o.maxRows ?? Number.MAX_SAFE_INTEGER;
  for (const seg of marker ? [...body, marker] : body) {
    let text = seg.text;
    while (text.length > 0) {
      const [part, rest, w] = take(text, room - used);
      if (part) row.push({ ...seg, text: part });
      used += w;
      text = rest;
      if (text.length > 0 || used >= room) {
        if (rows.length + 1 >= maxRows && text.length > 0) {
          rows.push(row);
          return rows;
        }
        if (text.length === 0 && used < room) break;
        rows.push(row);
        row = [indent];
        used = 0;
        if (w === 0 && text.length > 0) {
          // a character wider than the room: drop it rather than loop
          text = text.slice(text.codePointAt(0)! > 0xffff ? 2 : 1);
        }
      }
    }
  }
  if (row.length > 1 || rows.length === 0) rows.push(row);
  return rows;
}
