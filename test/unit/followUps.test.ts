// A container that just started or stopped is listed again, alone, over its first half minute, so its
// "Less than a second" becomes the engine's "Up 12 seconds"; nothing is listed without an event.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEngineSync } from '../../source/hooks/engineSync.js';
import { FOLLOW_UP_MS, followUps } from '../../source/hooks/followUps.js';
import { FakeEngine } from '../components/fakeClient.js';
import { container } from './make.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('follow-ups', () => {
  it('come at each delay after the last change, then stop', async () => {
    vi.useFakeTimers();
    const due: string[][] = [];
    const f = followUps((ids) => due.push([...ids].sort()), [1000, 5000]);
    f.add('a');
    await vi.advanceTimersByTimeAsync(999);
    expect(due).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(due).toEqual([['a']]);
    f.add('b');
    f.add('a'); // changed again: its times start over
    await vi.advanceTimersByTimeAsync(1000);
    expect(due).toEqual([['a'], ['a', 'b']]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(due).toEqual([['a'], ['a', 'b'], ['a', 'b']]);
    f.clear();
  });

  it('follow at most fifty containers at once (a burst is the reconcile’s)', async () => {
    vi.useFakeTimers();
    const due: string[][] = [];
    const f = followUps((ids) => due.push(ids), [1000]);
    for (let i = 0; i < 60; i++) f.add(`c${i}`);
    await vi.advanceTimersByTimeAsync(1000);
    expect(due).toHaveLength(1);
    expect(due[0]).toHaveLength(50);
    f.clear();
  });

  it('list the started container alone, at each follow-up, through the engine sync', async () => {
    vi.useFakeTimers();
    const web = container('web', 'exited');
    const engine = new FakeEngine([web]);
    const asked: (readonly string[] | undefined)[] = [];
    const list = engine.listContainers.bind(engine);
    engine.listContainers = (ids) => {
      asked.push(ids);
      return list(ids);
    };
    const sync = startEngineSync(engine.client(), () => undefined, { reconcileMs: 600_000 });
    await vi.advanceTimersByTimeAsync(10);
    engine.emit({ type: 'container', action: 'start', id: web.id, timeNano: 0, attributes: {} });
    await vi.advanceTimersByTimeAsync(200);
    const afterEvent = asked.length;
    for (const ms of FOLLOW_UP_MS) {
      await vi.advanceTimersByTimeAsync(ms - (FOLLOW_UP_MS[FOLLOW_UP_MS.indexOf(ms) - 1] ?? 0));
    }
    expect(asked.slice(afterEvent)).toEqual(FOLLOW_UP_MS.map(() => [web.id]));
    await vi.advanceTimersByTimeAsync(120_000);
    expect(asked.length).toBe(afterEvent + FOLLOW_UP_MS.length);
    sync.stop();
  });
});
