// The sync loop against the real engine: events bring one re-list at a time, never overlapping.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import type { Container, EngineClient } from '../../source/docker/types.js';
import { firstLook } from '../../source/hooks/engineLists.js';
import { type EngineSync, startEngineSync } from '../../source/hooks/engineSync.js';
import type { Action } from '../../source/store/actions.js';
import { patchContainers } from '../../source/store/containerEvents.js';
import {
  createTestContainer,
  removeTestContainers,
  testDocker,
  testHost,
  uniqueName,
  waitFor,
} from '../support/docker.js';

const docker = testDocker();
let sync: EngineSync | undefined;

afterEach(() => {
  sync?.stop();
  sync = undefined;
});
afterAll(() => removeTestContainers(docker));

/** The real client, counting list calls and how many ran at once; `delayMs` makes each list slower,
 *  as on a busy engine, so events keep arriving while one runs. */
function countingClient(delayMs = 0) {
  const real = createClient(parseEndpoint(testHost()));
  const counts = { calls: 0, narrow: 0, inFlight: 0, maxInFlight: 0 };
  const client: EngineClient = {
    ...real,
    async listContainers(ids?: readonly string[]) {
      counts.calls++;
      if (ids) counts.narrow++;
      counts.inFlight++;
      counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
      try {
        if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        return await real.listContainers(ids);
      } finally {
        counts.inFlight--;
      }
    },
  };
  return { client, counts };
}

function recorder() {
  const actions: Action[] = [];
  // the container list after each full or narrowed re-list, as the reducer keeps it
  const lists = () => {
    const out: Container[][] = [];
    for (const a of actions) {
      if (a.type === 'containers/loaded') out.push(a.containers);
      if (a.type === 'containers/patched') out.push(patchContainers(out.at(-1) ?? [], a.ids, a.containers));
    }
    return out;
  };
  const last = () => lists().at(-1) ?? [];
  return { actions, dispatch: (a: Action) => actions.push(a), lists, last };
}

// The safety-net reconcile far away, so every re-list seen here came from an event.
const NO_RECONCILE = { reconcileMs: 600_000 };

describe('startEngineSync on a real engine', () => {
  it('connects: engine/up with the version, then the first list', async () => {
    const { client } = countingClient();
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, NO_RECONCILE);
    await waitFor(() => r.lists().length > 0 || undefined);
    expect(r.actions[0]).toMatchObject({
      type: 'engine/up',
      version: { apiVersion: expect.stringMatching(/^1\./) },
    });
    expect(r.actions[1]?.type).toBe('containers/loaded');
  });

  it('takes a first look begun before the screen: no second list, and nothing dispatched twice', async () => {
    const { client, counts } = countingClient();
    const name = uniqueName('first');
    await createTestContainer(docker, { name });
    // beyond the second or two of events the engine replays from before the look
    await new Promise((done) => setTimeout(done, 2100));
    const at = Date.now();
    const look = firstLook(client);
    const actions = await look.actions;
    expect(actions[0]?.type).toBe('engine/up');
    const loaded = actions.find((a) => a.type === 'containers/loaded');
    expect(loaded?.type === 'containers/loaded' && loaded.containers.some((c) => c.name === name)).toBe(true);
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, {
      ...NO_RECONCILE,
      first: { ...look, at, ready: actions },
    });
    // already in the first state: not dispatched again, and no list of its own; the other kinds' lists
    // (the first frame does not wait for them) are dispatched once each
    await new Promise((done) => setTimeout(done, 300));
    expect(r.actions.map((a) => a.type).sort()).toEqual([
      'images/loaded',
      'networks/loaded',
      'volumes/loaded',
    ]);
    expect(counts.calls).toBe(1);
    // the events are followed all the same
    await docker.getContainer(name).stop({ t: 0 });
    await waitFor(() => r.last().find((x) => x.name === name && x.state === 'exited'));
  });

  it('misses nothing that happened between the first look and following the events', async () => {
    const { client } = countingClient();
    const at = Date.now();
    const look = firstLook(client);
    const actions = await look.actions;
    // started after the look, before the subscription: only the engine's replay can tell
    const name = uniqueName('between');
    await createTestContainer(docker, { name });
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, {
      ...NO_RECONCILE,
      first: { ...look, at, ready: actions },
    });
    await waitFor(() => r.last().find((x) => x.name === name && x.state === 'running'));
  });

  it('waits for a first look still on its way and dispatches it once', async () => {
    const { client, counts } = countingClient(200);
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, {
      ...NO_RECONCILE,
      first: { ...firstLook(client), at: Date.now() },
    });
    await waitFor(() => r.lists().length > 0 || undefined);
    expect(r.actions[0]?.type).toBe('engine/up');
    expect(counts.calls).toBe(1);
  });

  it('re-lists after a container is created, started, stopped and removed by someone else', async () => {
    const { client, counts } = countingClient();
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, NO_RECONCILE);
    await waitFor(() => r.lists().length > 0 || undefined);
    const name = uniqueName('sync');
    const c = await createTestContainer(docker, { name });
    await waitFor(() => r.last().find((x) => x.name === name && x.state === 'running'));
    await c.stop({ t: 0 });
    await waitFor(() => r.last().find((x) => x.name === name && x.state === 'exited'));
    await c.remove();
    await waitFor(() => !r.last().some((x) => x.name === name) || undefined);
    // each event asked for its container alone
    expect(counts.narrow).toBeGreaterThan(0);
    expect(counts.narrow).toBe(counts.calls - 1);
  });

  it('never runs two re-lists at once under a burst of events, and coalesces them', async () => {
    const { client, counts } = countingClient(300);
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, NO_RECONCILE);
    await waitFor(() => r.lists().length > 0 || undefined);
    const before = counts.calls;
    const names = Array.from({ length: 12 }, () => uniqueName('burst'));
    // 12 containers created and started at once: 24+ events (create, start, network connect)
    await Promise.all(names.map((name) => createTestContainer(docker, { name })));
    await waitFor(
      () => names.every((n) => r.last().some((x) => x.name === n && x.state === 'running')) || undefined,
    );
    expect(counts.maxInFlight).toBe(1);
    expect(counts.calls - before).toBeGreaterThan(0);
    // at least one create and one start event per container: fewer lists than that means coalesced
    expect(counts.calls - before).toBeLessThan(names.length * 2);
  });

  it('re-lists on refresh(), without an event', async () => {
    const { client, counts } = countingClient();
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, NO_RECONCILE);
    await waitFor(() => r.lists().length > 0 || undefined);
    const before = counts.calls;
    sync.refresh('container');
    await waitFor(() => r.lists().length > 1 || undefined);
    expect(counts.calls).toBe(before + 1);
  });

  it('dispatches nothing after stop()', async () => {
    const { client } = countingClient();
    const r = recorder();
    sync = startEngineSync(client, r.dispatch, NO_RECONCILE);
    await waitFor(() => r.lists().length > 0 || undefined);
    sync.stop();
    const seen = r.actions.length;
    await createTestContainer(docker);
    await new Promise((done) => setTimeout(done, 500));
    expect(r.actions.length).toBe(seen);
  });
});
