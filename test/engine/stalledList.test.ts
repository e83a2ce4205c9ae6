// An engine that never answers one kind's list (dockerd 20.10's networking deadlock): berth follows the
// rest, says which list failed once its deadline passes, and does not call the engine down.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import { type EngineSync, startEngineSync } from '../../source/hooks/engineSync.js';
import type { Action } from '../../source/store/actions.js';
import {
  createTestContainer,
  removeTestContainers,
  testDocker,
  testHost,
  uniqueName,
  waitFor,
} from '../support/docker.js';
import { type StallingEngine, stallingEngine } from '../support/stallingEngine.js';

const docker = testDocker();
let engine: StallingEngine;
let sync: EngineSync | undefined;
beforeAll(async () => {
  engine = await stallingEngine(testHost(), /^GET \S*\/networks[?\s]/);
});
afterEach(() => {
  sync?.stop();
  sync = undefined;
});
afterAll(async () => {
  await engine?.close();
  await removeTestContainers(docker);
});

const statusTexts = (actions: Action[]) =>
  actions.flatMap((a) => (a.type === 'status/set' && a.status ? [a.status.text] : []));

describe('a list the engine never answers', () => {
  it('holds back nothing else, and is said once its deadline passes', async () => {
    const client = createClient(parseEndpoint(engine.host), { listDeadlineMs: 1500 });
    const actions: Action[] = [];
    sync = startEngineSync(client, (a) => actions.push(a), { reconcileMs: 600_000 });
    await waitFor(() => actions.find((a) => a.type === 'containers/loaded'));
    expect(actions[0]?.type).toBe('engine/up');
    await waitFor(() => actions.find((a) => a.type === 'volumes/loaded'));
    await waitFor(() => actions.find((a) => a.type === 'images/loaded'));
    expect(engine.stalled()).toBe(1);
    expect(actions.some((a) => a.type === 'networks/loaded')).toBe(false);

    const said = await waitFor(() => statusTexts(actions).find((t) => t.includes('networks')));
    expect(said).toMatch(
      /^listing networks failed: the engine did not list its networks in 1\.5 s at unix:\/\//,
    );
    expect(said).toContain('restart dockerd');
    expect(actions.some((a) => a.type === 'engine/down')).toBe(false);

    // containers still follow the engine, and the networks are asked for again (and said again)
    const name = uniqueName('stalled');
    await createTestContainer(docker, { name });
    await waitFor(() =>
      actions.find((a) => a.type === 'containers/patched' && a.containers.some((c) => c.name === name)),
    );
    // (the container joining its network may have asked for them already)
    const networkStatuses = () => statusTexts(actions).filter((t) => t.includes('networks')).length;
    await waitFor(() => engine.stalled() === networkStatuses());
    const [stalls, statuses] = [engine.stalled(), networkStatuses()];
    sync.refresh('network');
    await waitFor(() => engine.stalled() === stalls + 1);
    await waitFor(() => networkStatuses() === statuses + 1);
    expect(actions.some((a) => a.type === 'engine/down')).toBe(false);
  });
});
