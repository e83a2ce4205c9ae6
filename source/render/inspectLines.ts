// A container's inspect document, environment and processes → the lines of the inspect view's tabs,
// and a JSON line → coloured tokens. Pure.
import type { ProcessTable } from '../docker/types.js';

export function documentLines(raw: unknown): string[] {
  return JSON.stringify(raw, null, 2).split('\n');
}

export function envLines(env: readonly string[]): string[] {
  return env.length ? [...env] : ['(no environment variables)'];
}

/** The process table in aligned columns; the last column (the command) takes the rest of the line. */
export function processLines(table: ProcessTable): string[] {
  if (table.processes.length === 0) return ['(no processes)'];
  const rows = [table.titles, ...table.processes];
  const columns = table.titles.length;
  const widths = table.titles.map((_, c) =>
    c === columns - 1 ? 0 : Math.max(...rows.map((r) => (r[c] ?? '').length)),
  );
  return rows.map((r) =>
    r
      .map((cell, c) => (c === columns - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

export type JsonTokenKind = 'key' | 'string' | 'number' | 'literal' | 'punct';

export interface JsonToken {
  text: string;
  kind: JsonTokenKind;
}

// One token of pretty-printed JSON: a quoted string (a key when a colon follows), a number, a literal,
// or anything else (indentation, brackets, commas).
const TOKEN =
  /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([^"\d\-tfn]+|.)/g;

export function jsonTokens(line: string): JsonToken[] {
  const out: JsonToken[] = [];
  const push = (text: string, kind: JsonTokenKind) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind && kind === 'punct') last.text += text;
    else out.push({ text, kind });
  };
  for (const m of line.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      push(m[1], m[2] !== undefined ? 'key' : 'string');
      if (m[2] !== undefined) push(m[2], 'punct');
    } else if (m[3] !== undefined) push(m[3], 'number');
    else if (m[4] !== undefined) push(m[4], 'literal');
    else push(m[0], 'punct');
  }
  return out;
}
