// One source's log lines, kept off the JavaScript heap: each line's timestamp and text bytes in one
// buffer used as a ring, everything else in typed arrays. A followed firehose then makes no long-lived
// objects: a line held as strings outlives a young-generation collection or two, dies in the old one, and
// V8 keeps the old generation's high-water mark as resident memory long after (DESIGN.md §7: flat after a
// million lines). A line becomes an object again only when it is read (the visible ones, a search).
import type { LogLine } from '../docker/types.js';
import type { Pattern } from './search.js';
import { lineMatches } from './search.js';

const FIRST_SLOTS = 256;
const FIRST_BYTES = 64 * 1024;
/** Filter and search results kept per store (a filter and a search can be on at once). */
const MATCH_CACHES = 3;

interface MatchCache {
  test: RegExp;
  /** One per slot: 0 not tested, 1 no match, 2 match. */
  bits: Uint8Array;
}

export class LineStore {
  /** The running number of the oldest line kept (lines are numbered from 0 as they arrive). */
  first = 0;
  length = 0;
  /** Bumped by every push and clear: a list made from the store is good until it changes. */
  changes = 0;
  private slots = 0;
  private start = 0;
  private uids = new Float64Array(0);
  private secs = new Float64Array(0);
  private nanos = new Uint32Array(0);
  private offs = new Float64Array(0);
  private tsLens = new Uint8Array(0);
  private textLens = new Uint32Array(0);
  private streams = new Uint8Array(0);
  /** The full length in characters of a line kept cut (0: kept whole). */
  private fulls = new Float64Array(0);
  private bytes: Buffer = Buffer.alloc(0);
  /** Where the next line's bytes go. */
  private head = 0;
  private matchCaches: MatchCache[] = [];
  /** Date.parse of the last timestamp's seconds, by its first 19 characters. */
  private lastSecondText = '';
  private lastSecond = 0;

  constructor(
    readonly src: number,
    readonly capacity: number,
    /** Bytes of timestamps and text kept; the oldest lines go to make room. */
    readonly maxBytes: number,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`line capacity ${capacity}`);
  }

  /** Keeps a line (its uid already set); drops the oldest when the lines or bytes would not fit. */
  push(line: LogLine): void {
    this.changes++;
    if (this.length === this.capacity) this.dropOldest();
    else if (this.length === this.slots) this.growSlots();
    const tsLen = Math.min(255, line.ts.length, this.maxBytes);
    let textBytes = Buffer.byteLength(line.text, 'utf8');
    let full = line.length ?? 0;
    if (tsLen + textBytes > this.maxBytes) {
      // bigger than the whole budget: keep its head (a cut line says how long it was)
      textBytes = Math.max(0, this.maxBytes - tsLen);
      full = full || line.text.length;
    }
    const at = this.room(tsLen + textBytes);
    this.bytes.write(line.ts, at, tsLen, 'latin1');
    const written = this.bytes.write(line.text, at + tsLen, textBytes, 'utf8');
    this.head = at + tsLen + written;
    const slot = (this.start + this.length) % this.slots;
    this.length++;
    this.uids[slot] = line.uid;
    this.offs[slot] = at;
    this.tsLens[slot] = tsLen;
    this.textLens[slot] = written;
    this.streams[slot] = line.stream === 'stderr' ? 1 : 0;
    this.fulls[slot] = full;
    this.secs[slot] = this.second(line.ts);
    this.nanos[slot] = nanosOf(line.ts);
    for (const cache of this.matchCaches) cache.bits[slot] = 0;
  }

  clear(): void {
    this.changes++;
    this.first += this.length;
    this.length = 0;
    this.start = 0;
    this.head = 0;
  }

  /** The i-th line kept (0 the oldest), as an object made now. */
  at(i: number): LogLine | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const slot = (this.start + i) % this.slots;
    const off = this.offs[slot]!;
    const tsEnd = off + this.tsLens[slot]!;
    const line: LogLine = {
      ts: this.bytes.toString('latin1', off, tsEnd),
      stream: this.streams[slot] === 1 ? 'stderr' : 'stdout',
      text: this.bytes.toString('utf8', tsEnd, tsEnd + this.textLens[slot]!),
      uid: this.uids[slot]!,
      src: this.src,
    };
    if (this.fulls[slot]) line.length = this.fulls[slot];
    return line;
  }

  uid(i: number): number {
    return this.uids[(this.start + i) % this.slots]!;
  }

  /** Whether line i comes before line j of `other` in time (ties: neither does). */
  before(i: number, other: LineStore, j: number): boolean {
    const a = (this.start + i) % this.slots;
    const b = (other.start + j) % other.slots;
    const sa = this.secs[a]!;
    const sb = other.secs[b]!;
    return sa < sb || (sa === sb && this.nanos[a]! < other.nanos[b]!);
  }

  /** Whether line i matches the pattern; each line is tested once per pattern. */
  matches(i: number, pattern: Pattern): boolean {
    const slot = (this.start + i) % this.slots;
    let cache = this.matchCaches.find((c) => c.test === pattern.test);
    if (!cache) {
      cache = { test: pattern.test, bits: new Uint8Array(this.slots) };
      this.matchCaches.unshift(cache);
      this.matchCaches.length = Math.min(this.matchCaches.length, MATCH_CACHES);
    }
    let bit = cache.bits[slot]!;
    if (bit === 0) {
      bit = lineMatches(pattern, this.at(i)!) ? 2 : 1;
      cache.bits[slot] = bit;
    }
    return bit === 2;
  }

  /** Bytes held for lines (what the buffer has grown to). */
  get size(): number {
    return this.bytes.length;
  }

  private dropOldest(): void {
    this.start = (this.start + 1) % this.slots;
    this.length--;
    this.first++;
  }

  /** Where `n` bytes can be written: after the newest line, growing the buffer or dropping old lines. */
  private room(n: number): number {
    if (this.length === 0) this.head = 0;
    if (this.fits(this.head, n)) return this.head;
    // past the end of a ring that has not come round, with room before its oldest line (the lines that
    // were there went by count): come round
    const contiguous = this.offsetOf(0) <= this.offsetOf(this.length - 1);
    if (this.head + n > this.bytes.length && contiguous && this.offsetOf(0) >= n) return 0;
    if (this.bytes.length < this.maxBytes) {
      this.growBytes(n);
      if (this.fits(this.head, n)) return this.head;
    }
    let at = this.head;
    if (at + n > this.bytes.length) {
      // no room before the end: the lines still after the newest are the oldest; they go, and so the rest
      // of the buffer's end is left unused until the ring comes round again
      while (this.length > 0 && this.offsetOf(0) >= at) this.dropOldest();
      at = 0;
    }
    while (this.length > 0 && this.overlaps(0, at, n)) this.dropOldest();
    return at;
  }

  /** Whether [at, at+n) is free: inside the buffer and clear of every line kept. */
  private fits(at: number, n: number): boolean {
    if (at + n > this.bytes.length) return false;
    // lines are laid out in order round the ring: only the oldest can lie ahead of the newest
    return this.length === 0 || !this.overlaps(0, at, n);
  }

  private overlaps(i: number, at: number, n: number): boolean {
    const slot = (this.start + i) % this.slots;
    const off = this.offs[slot]!;
    const end = off + this.tsLens[slot]! + this.textLens[slot]!;
    return off < at + n && end > at;
  }

  private offsetOf(i: number): number {
    return this.offs[(this.start + i) % this.slots]!;
  }

  /** A bigger buffer with the kept lines packed at its start, oldest first. */
  private growBytes(n: number): void {
    let size = Math.max(FIRST_BYTES, this.bytes.length * 2);
    let used = 0;
    for (let i = 0; i < this.length; i++) {
      const slot = (this.start + i) % this.slots;
      used += this.tsLens[slot]! + this.textLens[slot]!;
    }
    while (size < used + n && size < this.maxBytes) size *= 2;
    size = Math.min(size, this.maxBytes);
    const next = Buffer.allocUnsafe(size);
    let at = 0;
    for (let i = 0; i < this.length; i++) {
      const slot = (this.start + i) % this.slots;
      const off = this.offs[slot]!;
      const len = this.tsLens[slot]! + this.textLens[slot]!;
      this.bytes.copy(next, at, off, off + len);
      this.offs[slot] = at;
      at += len;
    }
    this.bytes = next;
    this.head = at;
  }

  /** Twice the line slots (up to the capacity), the kept lines moved to the front. */
  private growSlots(): void {
    const slots = Math.min(this.capacity, Math.max(FIRST_SLOTS, this.slots * 2));
    const order = <T extends Float64Array | Uint32Array | Uint8Array>(from: T, to: T): T => {
      for (let i = 0; i < this.length; i++) to[i] = from[(this.start + i) % this.slots]!;
      return to;
    };
    this.uids = order(this.uids, new Float64Array(slots));
    this.secs = order(this.secs, new Float64Array(slots));
    this.nanos = order(this.nanos, new Uint32Array(slots));
    this.offs = order(this.offs, new Float64Array(slots));
    this.tsLens = order(this.tsLens, new Uint8Array(slots));
    this.textLens = order(this.textLens, new Uint32Array(slots));
    this.streams = order(this.streams, new Uint8Array(slots));
    this.fulls = order(this.fulls, new Float64Array(slots));
    for (const cache of this.matchCaches) cache.bits = order(cache.bits, new Uint8Array(slots));
    this.slots = slots;
    this.start = 0;
  }

  /** Seconds since the epoch of an RFC3339 timestamp; the same second is parsed once. */
  private second(ts: string): number {
    if (ts.length < 19) return 0;
    if (!this.lastSecondText || !ts.startsWith(this.lastSecondText)) {
      this.lastSecondText = ts.slice(0, 19);
      const ms = Date.parse(`${this.lastSecondText}Z`);
      this.lastSecond = Number.isFinite(ms) ? ms / 1000 : 0;
    }
    return this.lastSecond;
  }
}

/** The fraction of a second of "…:42.651712651Z" in nanoseconds (0 without one). */
function nanosOf(ts: string): number {
  if (ts.charCodeAt(19) !== 0x2e) return 0;
  let n = 0;
  let digits = 0;
  for (let i = 20; i < ts.length && digits < 9; i++, digits++) {
    const c = ts.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  for (; digits < 9; digits++) n *= 10;
  return n;
}
