// The log session's bookkeeping, with a scripted engine: resume without repeats, restarts, removal,
// windows, the ring and character budget. (The real engine's side is in test/engine/logs.test.ts.)
import { describe, expect, it, vi } from 'vitest';
import type { EngineClient, LogHandlers, LogLine, LogStreamOptions } from '../../../source/docker/types.js';
import { createEventBus } from '../../../source/logs/eventBus.js';
import { allLines, arrayLines } from '../../../source/logs/lines.js';
import { cursorIndex, moveTo, scrollBy, topIndex } from '../../../source/logs/navigate.js';
import { LogSession } from '../../../source/logs/session.js';
import { logsView } from '../../../source/store/views.js';

interface Opened {
  target: string;
  options: LogStreamOptions;
  handlers: LogHandlers;
  closed: boolean;
}

function fakeClient() {
  const opened: Opened[] = [];
  const client = {
    endpoint: 'fake',
    logs(target: string, options: LogStreamOptions, handlers: LogHandlers) {
      const o = { target, options, handlers, closed: false };
      opened.push(o);
      return () => {
        o.closed = true;
      };
    },
  } as unknown as EngineClient;
  return { client, opened };
}

const ts = (s: number) => `2026-01-01T00:00:${String(s).padStart(2, '0')}.000000000Z`;
const line = (s: number, text: string, stream: 'stdout' | 'stderr' = 'stdout'): LogLine => ({
  ts: ts(s),
  stream,
  text,
  uid: 0,
  src: 0,
});
const texts = (s: LogSession) => allLines(s.entries().lines).map((l) => l.text);

describe('a log session', () => {
  it('resumes after a restart from the last timestamp, skipping what it already has', () => {
    const { client, opened } = fakeClient();
    const bus = createEventBus();
    const s = new LogSession(client, ['c1'], { bus, flushMs: 0 });
    s.start();
    const first = opened[0]!;
    expect(first.options).toEqual({ tail: 200 });
    first.handlers.onInfo({ id: 'c1', name: 'api', tty: false, running: true });
    first.handlers.onLines([line(1, 'a'), line(2, 'b'), line(2, 'c')]);
    first.handlers.onEnd(); // it stopped
    // a running container was being followed: look again at once, from the last timestamp
    const second = opened[1]!;
    expect(second.options.since).toBe(`${Date.parse('2026-01-01T00:00:02Z') / 1000}.000000000`);
    second.handlers.onInfo({ id: 'c1', name: 'api', tty: false, running: false });
    // the engine's since is inclusive: b and c come again, then what is new
    second.handlers.onLines([line(2, 'b'), line(2, 'c'), line(2, 'd'), line(3, 'e')]);
    second.handlers.onEnd();
    expect(s.sources[0]!.status).toBe('stopped');
    expect(opened.length).toBe(2);
    // started again: the event brings a third stream
    bus.emit({ type: 'container', action: 'start', id: 'c1', timeNano: 0, attributes: {} });
    const third = opened[2]!;
    third.handlers.onInfo({ id: 'c1', name: 'api', tty: false, running: true });
    third.handlers.onLines([line(3, 'e'), line(4, 'f')]);
    expect(texts(s)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(s.sources[0]!.status).toBe('following');

    bus.emit({ type: 'container', action: 'destroy', id: 'c1', timeNano: 0, attributes: {} });
    expect(s.sources[0]!.status).toBe('removed');
    expect(third.closed).toBe(true);
    s.stop();
  });

  it('says a container does not exist when the engine answers 404', () => {
    const { client, opened } = fakeClient();
    const s = new LogSession(client, ['nope'], { flushMs: 0 });
    s.start();
    opened[0]!.handlers.onEnd(Object.assign(new Error('no such container'), { statusCode: 404 }));
    expect(s.sources[0]!.status).toBe('removed');
    expect(s.sources[0]!.id).toBeUndefined();
    s.stop();
  });

  it('starts over with another window, closing the old stream', () => {
    const { client, opened } = fakeClient();
    const s = new LogSession(client, ['c1'], { flushMs: 0 });
    s.start();
    opened[0]!.handlers.onLines([line(1, 'old')]);
    s.setWindow('5m');
    expect(opened[0]!.closed).toBe(true);
    expect(Number(opened[1]!.options.since)).toBeCloseTo(Date.now() / 1000 - 300, -1);
    expect(s.lineCount()).toBe(0);
    s.setWindow('all');
    expect(opened[2]!.options).toEqual({});
    s.stop();
    expect(opened[2]!.closed).toBe(true);
  });

  it('holds at most its capacity, and at most its byte budget', async () => {
    const { client, opened } = fakeClient();
    const s = new LogSession(client, ['c1'], { flushMs: 0, capacity: 100, byteBudget: 5000 });
    s.start();
    const h = opened[0]!.handlers;
    h.onLines(Array.from({ length: 500 }, (_, i) => line(1, `l${i}`)));
    expect(s.lineCount()).toBe(100);
    expect(texts(s)[0]).toBe('l400');
    h.onLines([line(2, 'x'.repeat(3000)), line(3, 'y'.repeat(3000))]);
    // what is shown changes with the next flush (keys act on what is drawn)
    await new Promise((r) => setTimeout(r, 5));
    expect(texts(s)).toEqual(['y'.repeat(3000)]);
    expect(s.sources[0]!.received).toBe(502);
    s.stop();
  });

  it('notifies at most once per flush, however many lines arrive', async () => {
    const { client, opened } = fakeClient();
    const s = new LogSession(client, ['c1'], { flushMs: 20 });
    let calls = 0;
    s.subscribe(() => calls++);
    s.start();
    for (let i = 0; i < 1000; i++) opened[0]!.handlers.onLines([line(1, `l${i}`)]);
    await new Promise((r) => setTimeout(r, 60));
    expect(calls).toBe(1);
    expect(s.getVersion()).toBe(1);
    s.stop();
  });

  it('draws a firehose half as often: after 1,000 lines in one interval, the next waits twice as long', () => {
    vi.useFakeTimers();
    try {
      const { client, opened } = fakeClient();
      const s = new LogSession(client, ['c1'], { flushMs: 20 });
      let calls = 0;
      s.subscribe(() => calls++);
      s.start();
      const burst = (n: number) =>
        opened[0]!.handlers.onLines(Array.from({ length: n }, (_, i) => line(1, `l${i}`)));
      burst(10);
      vi.advanceTimersByTime(20);
      expect(calls).toBe(1);
      // a quiet interval: the next flush comes after 20 ms
      burst(1500);
      vi.advanceTimersByTime(20);
      expect(calls).toBe(2);
      // after 1,500 lines in one interval: 40 ms
      burst(1500);
      vi.advanceTimersByTime(20);
      expect(calls).toBe(2);
      vi.advanceTimersByTime(20);
      expect(calls).toBe(3);
      // it calms down: after an interval of a few lines, 20 ms again
      burst(5);
      vi.advanceTimersByTime(40);
      expect(calls).toBe(4);
      burst(5);
      vi.advanceTimersByTime(20);
      expect(calls).toBe(5);
      s.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('merges two containers in time order and hides one on request', () => {
    const { client, opened } = fakeClient();
    const s = new LogSession(client, ['a', 'b'], { flushMs: 0 });
    s.start();
    opened[0]!.handlers.onInfo({ id: 'A', name: 'a', tty: false, running: true });
    opened[1]!.handlers.onInfo({ id: 'B', name: 'b', tty: false, running: true });
    opened[0]!.handlers.onLines([line(1, 'a1'), line(3, 'a3')]);
    opened[1]!.handlers.onLines([line(2, 'b2'), line(4, 'b4')]);
    expect(texts(s)).toEqual(['a1', 'b2', 'a3', 'b4']);
    expect(allLines(s.entries({ hidden: ['A'] }).lines).map((l) => l.text)).toEqual(['b2', 'b4']);
    s.stop();
  });
});

describe('moving in the logs', () => {
  const array: LogLine[] = Array.from({ length: 100 }, (_, i) => ({ ...line(1, `l${i}`), uid: 1000 + i }));
  const lines = arrayLines(array);
  const view = logsView(1, ['x']);

  it('follows the newest line, and pauses where a key leaves it', () => {
    expect(cursorIndex(lines, view)).toBe(99);
    expect(topIndex(lines, view, 99, 10)).toBe(90);
    const up = moveTo(lines, view, 98, 10);
    expect(up.follow).toBe(false);
    expect(cursorIndex(lines, up)).toBe(98);
    expect(topIndex(lines, up, 98, 10)).toBe(90);
    const top = moveTo(lines, view, 0, 10);
    expect(topIndex(lines, top, 0, 10)).toBe(0);
    const page = scrollBy(lines, top, 10, 10);
    expect(cursorIndex(lines, page)).toBe(10);
    expect(topIndex(lines, page, 10, 10)).toBe(10);
  });

  it('stays on its line when older lines drop out, and moves to the next when its own does', () => {
    const paused = moveTo(lines, view, 50, 10);
    expect(cursorIndex(arrayLines(array.slice(20)), paused)).toBe(30);
    expect(cursorIndex(arrayLines(array.slice(60)), paused)).toBe(0);
  });

  it('never leaves the screen half empty above the end', () => {
    const paused = moveTo(lines, view, 97, 10);
    expect(topIndex(lines, { ...paused, top: lines.uid(97) }, 97, 10)).toBe(90);
  });
});
