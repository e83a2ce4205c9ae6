// Search and filter patterns: a regular expression (plain text is one too), case-insensitive unless the
// pattern has a capital letter. An invalid pattern is an error to show inline, never an exception.
import type { LogLine } from '../docker/types.js';
import { stripSgr } from '../render/sanitize.js';

export interface Pattern {
  source: string;
  /** For testing a line (no state). */
  test: RegExp;
  /** For finding every match in a line (global). */
  all: RegExp;
}

export type Compiled = { pattern?: Pattern; error?: string };

const cache = new Map<string, Compiled>();

export function compilePattern(source: string): Compiled {
  if (!source) return {};
  let hit = cache.get(source);
  if (!hit) {
    const flags = /[A-Z]/.test(source.replace(/\\[A-Za-z]/g, '')) ? '' : 'i';
    try {
      hit = { pattern: { source, test: new RegExp(source, flags), all: new RegExp(source, `${flags}g`) } };
    } catch (error) {
      const why = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : '';
      hit = { error: `invalid regex: ${why}` };
    }
    if (cache.size > 50) cache.clear();
    cache.set(source, hit);
  }
  return hit;
}

/** What a line says without its colour codes. */
export function plainText(line: LogLine): string {
  return line.text.includes('\x1b') ? stripSgr(line.text) : line.text;
}

/** Whether the line matches (its text without colour codes). Lines in a store test through its cache. */
export function lineMatches(pattern: Pattern, line: LogLine): boolean {
  return pattern.test.test(plainText(line));
}

/** [start, end) of every match in text (empty matches skipped), at most `limit`. */
export function matchRanges(pattern: Pattern, text: string, limit = 200): [number, number][] {
  const out: [number, number][] = [];
  const re = pattern.all;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
