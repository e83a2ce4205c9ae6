// The safety-net re-list: containers once a reconcile interval (their "Up 3 minutes" texts come from the
// engine), the kinds that only events change every tenth time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEngineSync } from '../../source/hooks/engineSync.js';
import { FakeEngine } from '../components/fakeClient.js';
import { container } from './make.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('the reconcile', () => {
  it('re-lists containers every interval and the other kinds every tenth', async () => {
    vi.useFakeTimers();
    const engine = new FakeEngine([container('web', 'running')]);
    const sync = startEngineSync(engine.client(), () => undefined, { reconcileMs: 60_000 });
    await vi.advanceTimersByTimeAsync(10);
    expect(engine.listCalls).toBe(1);
    expect(engine.listed).toEqual({ images: 1, volumes: 1, networks: 1 });

    await vi.advanceTimersByTimeAsync(9 * 60_000);
    expect(engine.listCalls).toBe(10);
    expect(engine.listed).toEqual({ images: 1, volumes: 1, networks: 1 });

    await vi.advanceTimersByTimeAsync(60_000);
    expect(engine.listCalls).toBe(11);
    expect(engine.listed).toEqual({ images: 2, volumes: 2, networks: 2 });
    sync.stop();
  });
});
