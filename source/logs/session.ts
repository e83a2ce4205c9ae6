// A log session: the followed logs of one or more containers, each in its own bounded store (off the
// JavaScript heap). It lives outside React state (a line never causes a state update); subscribers hear of
// changes at most every flushMs, and read what they need (visible lines only) from the stores.
import { classifyError } from '../docker/errors.js';
import { tsToSince } from '../docker/logParser.js';
import type { EngineClient, EngineEvent, LogLine, LogStreamOptions } from '../docker/types.js';
import type { EventBus } from './eventBus.js';
import { type Lines, pickLines } from './lines.js';
import type { Pattern } from './search.js';
import { LineStore } from './store.js';
import { type LogWindow, windowOptions } from './windows.js';

export const DEFAULT_CAPACITY = 10_000;
/** Bytes kept per session (over all its sources), whatever the line count: huge lines evict early. */
export const BYTE_BUDGET = 16 * 1024 * 1024;
const RETRY_MS = 2000;
/** Lines in one flush interval that make a firehose (1,000 in 50 ms: 20,000 a second). */
const FIREHOSE_LINES = 1000;

export type SourceStatus = 'opening' | 'following' | 'stopped' | 'removed' | 'error';

export interface LogSource {
  /** As asked for: an id or a name. */
  target: string;
  id?: string;
  name: string;
  tty?: boolean;
  running?: boolean;
  status: SourceStatus;
  error?: string;
  store: LineStore;
  /** Lines received since the window was chosen; more than the store holds once it is full. */
  received: number;
  /** The newest timestamp seen, and how many lines carried it: a resumed stream starts there. */
  lastTs: string;
  lastTsCount: number;
  /** After a resume: the timestamp it resumed at, and how many lines there are still to skip. */
  resumeTs: string;
  skipAtLast: number;
  /** A start event came while the old stream was still draining. */
  restartPending: boolean;
  close?: () => void;
  retry?: NodeJS.Timeout;
}

export interface EntryQuery {
  /** Source ids (or targets) not shown. */
  hidden?: readonly string[];
  filter?: Pattern;
  invert?: boolean;
  /** Lines of context around each match of a filter. */
  context?: number;
}

export interface Entries {
  lines: Lines;
  /** The uids of lines shown only as context around filter matches. */
  context?: Set<number>;
}

export interface SessionOptions {
  capacity?: number;
  window?: LogWindow;
  bus?: EventBus;
  flushMs?: number;
  byteBudget?: number;
}

let nextUid = 1;

export class LogSession {
  readonly sources: LogSource[];
  window: LogWindow;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private flushTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  private started = false;
  private unsubscribe?: () => void;
  private cache?: { key: string; entries: Entries };
  private readonly flushMs: number;
  /** Lines added since the last flush, and in the interval before it: past FIREHOSE_LINES there, the
   *  next flush waits twice as long. */
  private linesSinceFlush = 0;
  private linesLastFlush = 0;

  constructor(
    private readonly client: EngineClient,
    targets: readonly string[],
    private readonly options: SessionOptions = {},
  ) {
    const capacity = options.capacity ?? DEFAULT_CAPACITY;
    this.window = options.window ?? 'tail';
    this.flushMs = options.flushMs ?? 50;
    const bytes = Math.max(64, Math.floor((options.byteBudget ?? BYTE_BUDGET) / Math.max(1, targets.length)));
    this.sources = targets.map((target, index) => ({
      target,
      name: target,
      status: 'opening',
      store: new LineStore(index, capacity, bytes),
      received: 0,
      lastTs: '',
      lastTsCount: 0,
      resumeTs: '',
      skipAtLast: 0,
      restartPending: false,
    }));
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.unsubscribe = this.options.bus?.subscribe((event) => this.onEvent(event));
    for (const src of this.sources) this.open(src, false);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.flushTimer);
    this.unsubscribe?.();
    for (const src of this.sources) {
      clearTimeout(src.retry);
      src.close?.();
      src.close = undefined;
    }
    this.listeners.clear();
  }

  /** Another window: the buffers start over with what the engine sends for it. */
  setWindow(window: LogWindow): void {
    if (window === this.window) return;
    this.window = window;
    for (const src of this.sources) {
      clearTimeout(src.retry);
      src.close?.();
      src.close = undefined;
      src.store.clear();
      src.received = 0;
      src.lastTs = '';
      src.lastTsCount = 0;
      if (src.status !== 'removed') {
        src.status = 'opening';
        if (this.started) this.open(src, false);
      }
    }
    this.changed();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** Lines in the stores (the visible sources'). */
  lineCount(hidden: readonly string[] = []): number {
    let n = 0;
    for (const src of this.sources) if (!isHidden(src, hidden)) n += src.store.length;
    return n;
  }

  /** The lines to show, in time order: merged across sources, without hidden ones, filtered. Good until
   *  the next line arrives (use it at once); the same query on unchanged stores is answered from a cache. */
  entries(query: EntryQuery = {}): Entries {
    const hidden = query.hidden ?? [];
    const stores = this.sources.filter((s) => !isHidden(s, hidden)).map((s) => s.store);
    let changes = 0;
    for (const s of stores) changes += s.changes;
    const key = `${changes}|${hidden.join(',')}|${query.filter?.source ?? ''}|${query.invert ? 1 : 0}|${query.context ?? 0}`;
    if (this.cache?.key === key) return this.cache.entries;
    const entries = pickLines(stores, query);
    this.cache = { key, entries };
    return entries;
  }

  private open(src: LogSource, resume: boolean): void {
    if (this.stopped) return;
    const since = resume && src.lastTs ? tsToSince(src.lastTs) : undefined;
    const options: LogStreamOptions = since ? { since } : windowOptions(this.window);
    src.resumeTs = since ? src.lastTs : '';
    src.skipAtLast = since ? src.lastTsCount : 0;
    src.restartPending = false;
    let ended = false;
    const close = this.client.logs(src.id ?? src.target, options, {
      onInfo: (info) => {
        src.id = info.id;
        src.name = info.name;
        src.tty = info.tty;
        src.running = info.running;
        src.status = info.running ? 'following' : 'stopped';
        src.error = undefined;
        this.changed();
      },
      onLines: (lines) => this.add(src, lines),
      onEnd: (error) => {
        ended = true;
        if (src.close === close) src.close = undefined;
        if (!this.stopped) this.ended(src, error);
      },
    });
    // onEnd may already have run (an immediate failure)
    if (!ended) src.close = close;
  }

  private add(src: LogSource, lines: LogLine[]): void {
    const index = this.sources.indexOf(src);
    for (const line of lines) {
      if (src.resumeTs) {
        // a resumed stream repeats what was already shown at the last timestamp (since is inclusive)
        if (line.ts < src.resumeTs) continue;
        if (line.ts === src.resumeTs && src.skipAtLast > 0) {
          src.skipAtLast--;
          continue;
        }
        src.resumeTs = '';
      }
      line.uid = nextUid++;
      line.src = index;
      if (line.ts > src.lastTs) {
        src.lastTs = line.ts;
        src.lastTsCount = 1;
      } else if (line.ts === src.lastTs) src.lastTsCount++;
      src.store.push(line);
      src.received++;
      this.linesSinceFlush++;
    }
    this.changed();
  }

  private ended(src: LogSource, error: unknown): void {
    if (error) {
      const failure = classifyError(error, this.client.endpoint);
      if (failure.kind === 'not-found') {
        src.status = 'removed';
        src.error = failure.message;
      } else {
        src.status = 'error';
        src.error = failure.message;
        src.retry = setTimeout(() => this.open(src, true), RETRY_MS);
        src.retry.unref?.();
      }
    } else if (src.running || src.restartPending) {
      // the container stopped (or restarted): look again; a running container streams on from lastTs
      src.running = false;
      this.open(src, true);
      return;
    } else if (src.status !== 'removed') {
      src.status = 'stopped';
    }
    this.changed();
  }

  private onEvent(event: EngineEvent): void {
    if (event.type !== 'container') return;
    const src = this.sources.find((s) => s.id === event.id);
    if (!src) return;
    if (event.action === 'start' || event.action === 'restart' || event.action === 'unpause') {
      if (src.status === 'removed') return;
      src.running = true;
      if (src.close) {
        // the open stream may be one that began before the start and is about to end: look again then
        src.restartPending = true;
        src.status = 'following';
        this.changed();
      } else {
        clearTimeout(src.retry);
        this.open(src, true);
      }
    } else if (event.action === 'destroy') {
      clearTimeout(src.retry);
      src.close?.();
      src.close = undefined;
      src.status = 'removed';
      src.running = false;
      this.changed();
    } else if (event.action === 'rename' && event.name) {
      src.name = event.name.replace(/^\//, '');
      this.changed();
    }
  }

  private changed(): void {
    if (this.flushTimer || this.stopped) return;
    // a firehose is drawn half as often: its lines go by too fast to read, and keys come first
    const delay = this.linesLastFlush >= FIREHOSE_LINES ? this.flushMs * 2 : this.flushMs;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.linesLastFlush = this.linesSinceFlush;
      this.linesSinceFlush = 0;
      this.version++;
      for (const l of this.listeners) l();
    }, delay);
  }
}

function isHidden(src: LogSource, hidden: readonly string[]): boolean {
  return hidden.length > 0 && (hidden.includes(src.id ?? '') || hidden.includes(src.target));
}
