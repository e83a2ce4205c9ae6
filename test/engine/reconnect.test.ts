// The daemon goes away and comes back: berth says so, retries, and recovers its list and its events.
// A second private engine of this test's own, so the shared one is never stopped.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import { type EngineSync, startEngineSync } from '../../source/hooks/engineSync.js';
import type { Action } from '../../source/store/actions.js';
import { createTestContainer, uniqueName, waitFor } from '../support/docker.js';

const ENGINE_SH = resolve(import.meta.dirname, '../../scripts/engine.sh');
const dir = `/tmp/berth-rc-${process.pid}`;
const host = `unix://${dir}/docker.sock`;
const engine = (command: 'start' | 'stop') =>
  execFileSync('bash', [ENGINE_SH, command, dir], { stdio: ['ignore', 'ignore', 'inherit'] });

let sync: EngineSync | undefined;

beforeAll(() => engine('start'), 120_000);
afterAll(() => {
  sync?.stop();
  engine('stop');
}, 120_000);

describe('engine sync across a daemon restart', () => {
  it('dispatches engine/down with a readable error, then engine/up and a fresh list', async () => {
    const actions: Action[] = [];
    const client = createClient(parseEndpoint(host));
    sync = startEngineSync(client, (a) => actions.push(a), {
      retryMs: 200,
      maxRetryMs: 1000,
      reconcileMs: 600_000,
    });
    const since = (i: number) => actions.slice(i);
    await waitFor(() => actions.find((a) => a.type === 'containers/loaded'));

    engine('stop');
    const down = await waitFor(() => actions.find((a) => a.type === 'engine/down'));
    expect(down.type === 'engine/down' && down.error).toMatchObject({
      kind: 'daemon-down',
      message: expect.stringContaining(`cannot reach the engine at ${host}`),
      hint: expect.stringContaining('dockerd running'),
    });
    const downAt = actions.indexOf(down);

    engine('start');
    await waitFor(() => since(downAt).find((a) => a.type === 'engine/up'), 30_000);
    await waitFor(() => since(downAt).find((a) => a.type === 'containers/loaded'));

    // the event stream is back too: a container made now shows up in a re-list (of it alone)
    const docker = new Docker({ socketPath: `${dir}/docker.sock` });
    const name = uniqueName('after-restart');
    await createTestContainer(docker, { name });
    await waitFor(() =>
      since(downAt).find(
        (a) =>
          (a.type === 'containers/loaded' || a.type === 'containers/patched') &&
          a.containers.some((c) => c.name === name),
      ),
    );
  }, 120_000);
});
