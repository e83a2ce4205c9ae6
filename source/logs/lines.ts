// Log lines read by index: one store's lines, lines picked from several stores (merged in time order,
// filtered), or a plain array. Only what is read becomes an object, so a view of 10,000 lines costs the
// visible ones.
import type { LogLine } from '../docker/types.js';
import { lineMatches, type Pattern } from './search.js';
import type { LineStore } from './store.js';

export interface Lines {
  readonly length: number;
  at(i: number): LogLine | undefined;
  uid(i: number): number;
  matches(i: number, pattern: Pattern): boolean;
}

export function arrayLines(lines: readonly LogLine[]): Lines {
  return {
    length: lines.length,
    at: (i) => lines[i],
    uid: (i) => lines[i]!.uid,
    matches: (i, pattern) => lineMatches(pattern, lines[i]!),
  };
}

/** Lines from..to (inclusive) as objects. */
export function linesBetween(lines: Lines, from: number, to: number): LogLine[] {
  const out: LogLine[] = [];
  for (let i = Math.max(0, from); i <= Math.min(to, lines.length - 1); i++) out.push(lines.at(i)!);
  return out;
}

export function allLines(lines: Lines): LogLine[] {
  return linesBetween(lines, 0, lines.length - 1);
}

/** The index of the line with this uid, or -1. */
export function indexOf(lines: Lines, uid: number): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines.uid(i) === uid) return i;
  return -1;
}

/** Lines picked out of stores, each by its store and running number. Good while the stores do not change. */
class Picked implements Lines {
  constructor(
    private readonly stores: readonly LineStore[],
    private readonly from: Uint16Array,
    private readonly seqs: Float64Array,
    readonly length: number,
  ) {}

  at(i: number): LogLine | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const store = this.stores[this.from[i]!]!;
    return store.at(this.seqs[i]! - store.first);
  }

  uid(i: number): number {
    const store = this.stores[this.from[i]!]!;
    return store.uid(this.seqs[i]! - store.first);
  }

  matches(i: number, pattern: Pattern): boolean {
    const store = this.stores[this.from[i]!]!;
    return store.matches(this.seqs[i]! - store.first, pattern);
  }
}

export interface Picking {
  filter?: Pattern;
  invert?: boolean;
  /** Lines of context around each match of a filter. */
  context?: number;
}

/** The stores' lines in time order (ties keep store order), only those the filter keeps, with `context`
 *  lines around each match; the uids of those context lines. */
export function pickLines(
  stores: readonly LineStore[],
  { filter, invert = false, context = 0 }: Picking,
): { lines: Lines; context?: Set<number> } {
  if (stores.length === 1 && !filter) return { lines: stores[0]! };
  let total = 0;
  for (const s of stores) total += s.length;
  const from = new Uint16Array(total);
  const seqs = new Float64Array(total);
  let n = 0;
  const around = context > 0 && filter ? new Set<number>() : undefined;
  // context before a match: the last `context` lines not shown (store index, line index)
  const before: [number, number][] = [];
  let after = 0;
  const take = (k: number, i: number, isContext: boolean) => {
    from[n] = k;
    seqs[n] = stores[k]!.first + i;
    n++;
    if (isContext) around?.add(stores[k]!.uid(i));
  };
  const visit = (k: number, i: number) => {
    if (!filter) return take(k, i, false);
    if (stores[k]!.matches(i, filter) !== invert) {
      for (const [bk, bi] of before) take(bk, bi, true);
      before.length = 0;
      take(k, i, false);
      after = context;
    } else if (after > 0) {
      take(k, i, true);
      after--;
    } else if (context > 0) {
      before.push([k, i]);
      if (before.length > context) before.shift();
    }
  };
  const at = stores.map(() => 0);
  for (;;) {
    let best = -1;
    for (let k = 0; k < stores.length; k++) {
      if (at[k]! >= stores[k]!.length) continue;
      if (best < 0 || stores[k]!.before(at[k]!, stores[best]!, at[best]!)) best = k;
    }
    if (best < 0) break;
    visit(best, at[best]!);
    at[best]!++;
  }
  return { lines: new Picked(stores, from, seqs, n), context: around };
}
