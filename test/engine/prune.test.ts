// Prune removes every unused volume or network of an engine, so it runs on an engine of its own: pruning
// the shared test engine would take what other test files have just created. berth counts what a prune
// would take before asking; the engine must then remove exactly that and nothing in use.
import { execFileSync } from 'node:child_process';
import Docker from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_HANDLERS } from '../../source/hooks/commandHandlers.js';
import { INTENT_HANDLERS } from '../../source/hooks/intentHandlers.js';
import { unusedNetworks } from '../../source/store/networkSelectors.js';
import { unusedVolumes } from '../../source/store/volumeSelectors.js';
import { TEST_IMAGE } from '../support/docker.js';
import { type TestContext, testContext } from '../support/volnetContext.js';

const dir = `/tmp/berth-prune-${process.pid}`;
const host = `unix://${dir}/docker.sock`;
let docker: Docker;

beforeAll(() => {
  execFileSync('bash', ['scripts/engine.sh', 'start', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  docker = new Docker({ socketPath: `${dir}/docker.sock` });
}, 120_000);

afterAll(async () => {
  // the engine keeps a bridge on the host for each of its networks, even after it stops: remove them first
  if (docker) {
    for (const c of await docker.listContainers({ all: true }))
      await docker.getContainer(c.Id).remove({ force: true });
    await docker.pruneNetworks();
  }
  execFileSync('bash', ['scripts/engine.sh', 'stop', dir], { stdio: 'inherit' });
}, 120_000);

async function container(options: { volume?: string; network?: string; start: boolean }) {
  const c = await docker.createContainer({
    Image: TEST_IMAGE,
    Cmd: ['sleep', '3600'],
    StopSignal: 'SIGKILL',
    HostConfig: {
      NetworkMode: options.network ?? 'none',
      Binds: options.volume ? [`${options.volume}:/data`] : undefined,
    },
  });
  if (options.start) await c.start();
  return c;
}

function confirmText(ctx: TestContext): string {
  const dialog = ctx.getState().dialog;
  if (dialog?.kind !== 'confirm') throw new Error(`expected a question, got ${dialog?.kind}`);
  return `${dialog.title}\n${dialog.message.join('\n')}`;
}

describe('prune', () => {
  it('removes only the volumes no container uses, as counted before asking', async () => {
    for (const name of ['free-a', 'free-b', 'held-running', 'held-stopped'])
      await docker.createVolume({ Name: name });
    await container({ volume: 'held-running', start: true });
    await container({ volume: 'held-stopped', start: false });
    const ctx = testContext(host, 'volumes');
    await ctx.load();
    expect(
      unusedVolumes(ctx.getState())
        .map((v) => v.name)
        .sort(),
    ).toEqual(['free-a', 'free-b']);

    COMMAND_HANDLERS['volume.prune']!(ctx);
    expect(confirmText(ctx)).toContain('Prune 2 unused volumes?');
    expect(confirmText(ctx)).toContain('free-a, free-b');
    INTENT_HANDLERS['volume/prune']({ type: 'volume/prune' }, { values: {}, options: {} }, ctx);
    const text = await ctx.statusMatching(/^pruned/);
    expect(text).toMatch(/^pruned 2 volumes \((free-a, free-b|free-b, free-a)\), reclaimed \d/);
    const left = (await docker.listVolumes()).Volumes.map((v) => v.Name).sort();
    expect(left).toEqual(['held-running', 'held-stopped']);
  });

  it('removes only the user networks no running container is on, as counted before asking', async () => {
    for (const name of ['idle', 'busy', 'stopped-only'])
      await docker.createNetwork({ Name: name, Internal: true });
    await container({ network: 'busy', start: true });
    await container({ network: 'stopped-only', start: false });
    const ctx = testContext(host, 'networks');
    await ctx.load();
    expect(
      unusedNetworks(ctx.getState())
        .map((n) => n.name)
        .sort(),
    ).toEqual(['idle', 'stopped-only']);

    COMMAND_HANDLERS['network.prune']!(ctx);
    expect(confirmText(ctx)).toContain('Prune 2 unused networks?');
    INTENT_HANDLERS['network/prune']({ type: 'network/prune' }, { values: {}, options: {} }, ctx);
    const text = await ctx.statusMatching(/^pruned/);
    expect(text).toMatch(/^pruned 2 networks: (idle, stopped-only|stopped-only, idle)$/);
    const left = (await docker.listNetworks()).map((n) => n.Name).sort();
    expect(left).toEqual(['busy', 'host', 'none']);
  });

  it('says there is nothing to prune without asking when everything is in use', async () => {
    const ctx = testContext(host, 'volumes');
    await ctx.load();
    COMMAND_HANDLERS['volume.prune']!(ctx);
    expect(ctx.getState().dialog).toBeUndefined();
    expect(ctx.getState().status?.text).toBe('nothing to prune: every volume is used by a container');
  });
});
