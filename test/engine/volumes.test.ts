// Volumes on the private engine: what the pane lists, inspect, create, and remove (refused while in use,
// naming the holder) — through the same handlers the keys run.
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_HANDLERS } from '../../source/hooks/commandHandlers.js';
import { INTENT_HANDLERS } from '../../source/hooks/intentHandlers.js';
import { holdersOf, visibleVolumes } from '../../source/store/volumeSelectors.js';
import { removeMade, TEST_IMAGE, testDocker, testHost, uniqueName, waitFor } from '../support/docker.js';
import { testContext } from '../support/volnetContext.js';

const docker = testDocker();
const made: { volumes: string[]; containers: string[] } = { volumes: [], containers: [] };

afterAll(() => removeMade(docker, made));

async function volume(labels: Record<string, string> = {}): Promise<string> {
  const name = uniqueName('vol');
  await docker.createVolume({ Name: name, Labels: labels });
  made.volumes.push(name);
  return name;
}

async function holder(volumeName: string, start = false): Promise<{ id: string; name: string }> {
  const name = uniqueName('holder');
  const c = await docker.createContainer({
    Image: TEST_IMAGE,
    name,
    Cmd: ['sleep', '3600'],
    StopSignal: 'SIGKILL',
    HostConfig: { NetworkMode: 'none', Binds: [`${volumeName}:/data`] },
  });
  made.containers.push(c.id);
  if (start) await c.start();
  return { id: c.id, name };
}

describe('volumes', () => {
  it('lists a volume with its driver, mountpoint and the container that uses it', async () => {
    const name = await volume();
    const user = await holder(name);
    const ctx = testContext(testHost(), 'volumes');
    await ctx.load();
    const listed = visibleVolumes(ctx.getState()).find((v) => v.name === name);
    expect(listed?.driver).toBe('local');
    expect(listed?.mountpoint).toContain(name);
    expect(holdersOf(ctx.getState(), name).map((c) => c.name)).toEqual([user.name]);
  });

  it('measures sizes with the engine’s disk usage', async () => {
    const name = await volume();
    const writer = await docker.createContainer({
      Image: TEST_IMAGE,
      name: uniqueName('writer'),
      Cmd: ['sh', '-c', 'head -c 200000 /dev/zero > /data/blob'],
      HostConfig: { NetworkMode: 'none', Binds: [`${name}:/data`] },
    });
    made.containers.push(writer.id);
    await writer.start();
    await writer.wait();
    const usage = await testContext(testHost()).client.volumeUsage();
    expect(usage.sizes[name]).toBeGreaterThanOrEqual(200_000);
  });

  it('inspects a volume into a text view with the engine’s JSON and who uses it', async () => {
    const name = await volume({ purpose: 'inspect' });
    const user = await holder(name);
    const ctx = testContext(testHost(), 'volumes');
    await ctx.load();
    ctx.dispatch({ type: 'select/id', id: name });
    await COMMAND_HANDLERS['volume.inspect']!(ctx);
    const view = ctx.getState().views.at(-1);
    if (view?.kind !== 'text') throw new Error(`expected a text view, got ${view?.kind}`);
    expect(view.title).toBe(`volume ${name}`);
    const text = view!.lines.join('\n');
    expect(text).toContain(`"Name": "${name}"`);
    expect(text).toContain('"purpose": "inspect"');
    expect(view!.lines[0]).toContain(user.name);
  });

  it('creates a volume from the form, with labels and driver options, and selects it', async () => {
    const name = uniqueName('created');
    made.volumes.push(name);
    const ctx = testContext(testHost(), 'volumes');
    await ctx.load();
    COMMAND_HANDLERS['volume.create']!(ctx);
    const result = INTENT_HANDLERS['volume/create'](
      { type: 'volume/create' },
      {
        values: {
          name,
          driver: 'local',
          labels: 'tier=db,owner=berth',
          options: 'type=tmpfs,device=tmpfs,o="size=1m,uid=0"',
        },
        options: {},
      },
      ctx,
    );
    expect(result).toBeUndefined();
    await ctx.statusMatching(new RegExp(`created volume ${name}`));
    const info = await docker.getVolume(name).inspect();
    expect(info.Labels).toEqual({ tier: 'db', owner: 'berth' });
    expect(info.Options).toEqual({ type: 'tmpfs', device: 'tmpfs', o: 'size=1m,uid=0' });
    expect(ctx.getState().lists.volumes.selectedId).toBe(name);
  });

  it('refuses bad input on the form and sends nothing', async () => {
    const taken = await volume();
    const ctx = testContext(testHost(), 'volumes');
    await ctx.load();
    const before = (await docker.listVolumes()).Volumes.length;
    const answer = (values: Record<string, string>) =>
      INTENT_HANDLERS['volume/create']({ type: 'volume/create' }, { values, options: {} }, ctx);
    expect(answer({ name: taken, driver: 'local', labels: '', options: '' })?.fieldErrors?.name).toMatch(
      /already exists/,
    );
    expect(answer({ name: 'x', driver: 'local', labels: '', options: '' })?.fieldErrors?.name).toBeDefined();
    expect(
      answer({ name: '', driver: 'local', labels: 'novalue', options: '' })?.fieldErrors?.labels,
    ).toMatch(/not key=value/);
    expect((await docker.listVolumes()).Volumes.length).toBe(before);
  });

  it('removes an unused volume after the question', async () => {
    const name = await volume();
    const ctx = testContext(testHost(), 'volumes');
    await ctx.load();
    ctx.dispatch({ type: 'select/id', id: name });
    COMMAND_HANDLERS['volume.remove']!(ctx);
    const dialog = ctx.getState().dialog;
    expect(dialog?.kind).toBe('confirm');
    INTENT_HANDLERS['volume/remove'](
      { type: 'volume/remove', names: [name] },
      { values: {}, options: {} },
      ctx,
    );
    await ctx.statusMatching(new RegExp(`removed volume ${name}`));
    await expect(docker.getVolume(name).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('says which container holds a volume the engine refuses to remove', async () => {
    const name = await volume();
    const user = await holder(name, true);
    const ctx = testContext(testHost(), 'volumes');
    await ctx.load();
    ctx.dispatch({ type: 'select/id', id: name });
    COMMAND_HANDLERS['volume.remove']!(ctx);
    const dialog = ctx.getState().dialog;
    expect(dialog?.kind === 'confirm' && dialog.message.join('\n')).toContain(user.name);
    INTENT_HANDLERS['volume/remove'](
      { type: 'volume/remove', names: [name] },
      { values: {}, options: {} },
      ctx,
    );
    const text = await ctx.statusMatching(/failed/);
    expect(text).toContain(`removing volume ${name} failed: in use by ${user.name} (running)`);
    expect(ctx.getState().status?.level).toBe('error');
    expect((await docker.getVolume(name).inspect()).Name).toBe(name);
  });

  it('goes from a volume to the container that uses it', async () => {
    const name = await volume();
    const user = await holder(name);
    const ctx = testContext(testHost(), 'volumes');
    await ctx.load();
    ctx.dispatch({ type: 'select/id', id: name });
    COMMAND_HANDLERS['volume.containers']!(ctx);
    await waitFor(() => ctx.getState().pane === 'containers' || undefined);
    expect(ctx.getState().lists.containers.selectedId).toBe(user.id);
  });
});
