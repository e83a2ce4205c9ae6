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

// What a line says without its colour codes; cached per line (lines never change).
const plainCache = new WeakMap<LogLine, string>();
export function plainText(line: LogLine): string {
  if (!line.text.includes('\x1b')) return line.text;
  let plain = plainCache.get(line);
  if (plain === undefined) {
    plain = stripSgr(line.text);
    plainCache.set(line, plain);
  }
  return plain;
}

// Results per pattern per line, so a filter over a ring of 10,000 lines tests only the new ones.
const matchCache = new WeakMap<RegExp, WeakMap<LogLine, boolean>>();
export function lineMatches(pattern: Pattern, line: LogLine): boolean {
  let seen = matchCache.get(pattern.test);
  if (!seen) {
    seen = new WeakMap();
    matchCache.set(pattern.test, seen);
  }
  let hit = seen.get(line);
  if (hit === undefined) {
    hit = pattern.test.test(plainText(line));
    seen.set(line, hit);
  }
  return hit;
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
