// Networks on the private engine: list, inspect (IPAM, options, attached containers with addresses),
// create, connect, disconnect, remove — through the same handlers the keys run. Test networks are
// internal: nothing is routed off the machine.
import { afterAll, describe, expect, it } from 'vitest';
import { COMMAND_HANDLERS } from '../../source/hooks/commandHandlers.js';
import { INTENT_HANDLERS } from '../../source/hooks/intentHandlers.js';
import { isBuiltinNetwork, membersOf, visibleNetworks } from '../../source/store/networkSelectors.js';
import { removeMade, TEST_IMAGE, testDocker, testHost, uniqueName, waitFor } from '../support/docker.js';
import { testContext } from '../support/volnetContext.js';

const docker = testDocker();
const made: { networks: string[]; containers: string[] } = { networks: [], containers: [] };

afterAll(() => removeMade(docker, made));

/** A subnet no other run is likely to hold: 10.2xx.yy.0/24. */
function subnet(): { subnet: string; gateway: string } {
  const a = 200 + Math.floor(Math.random() * 50);
  const b = Math.floor(Math.random() * 250);
  return { subnet: `10.${a}.${b}.0/24`, gateway: `10.${a}.${b}.1` };
}

async function network(): Promise<{ id: string; name: string }> {
  const name = uniqueName('net');
  const n = await docker.createNetwork({ Name: name, Internal: true, Labels: { purpose: 'berth-test' } });
  made.networks.push(n.id);
  return { id: n.id, name };
}

async function container(networkMode = 'none', start = true): Promise<{ id: string; name: string }> {
  const name = uniqueName('member');
  const c = await docker.createContainer({
    Image: TEST_IMAGE,
    name,
    Cmd: ['sleep', '3600'],
    StopSignal: 'SIGKILL',
    HostConfig: { NetworkMode: networkMode },
  });
  made.containers.push(c.id);
  if (start) await c.start();
  return { id: c.id, name };
}

describe('networks', () => {
  it('lists networks with driver, scope and members; built-in ones first and marked', async () => {
    const net = await network();
    const member = await container(net.name);
    const ctx = testContext(testHost(), 'networks');
    await ctx.load();
    const list = visibleNetworks(ctx.getState());
    const listed = list.find((n) => n.id === net.id)!;
    expect(listed.driver).toBe('bridge');
    expect(listed.scope).toBe('local');
    expect(listed.internal).toBe(true);
    expect(listed.subnets[0]?.subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(membersOf(ctx.getState(), listed).map((c) => c.name)).toEqual([member.name]);
    const builtin = list.filter(isBuiltinNetwork).map((n) => n.name);
    expect(builtin).toEqual(expect.arrayContaining(['host', 'none']));
    expect(list.slice(0, builtin.length).every(isBuiltinNetwork)).toBe(true);
  });

  it('creates a network from the form with subnet, gateway, internal, attachable and labels', async () => {
    const name = uniqueName('created-net');
    const { subnet: cidr, gateway } = subnet();
    const ctx = testContext(testHost(), 'networks');
    await ctx.load();
    const result = INTENT_HANDLERS['network/create'](
      { type: 'network/create' },
      {
        values: {
          name,
          driver: 'bridge',
          subnet: cidr,
          gateway,
          internal: 'yes',
          attachable: 'yes',
          labels: 'tier=web',
        },
        options: {},
      },
      ctx,
    );
    expect(result).toBeUndefined();
    await ctx.statusMatching(new RegExp(`created network ${name}`));
    const info = await docker.getNetwork(name).inspect();
    made.networks.push(info.Id);
    expect(info.Internal).toBe(true);
    expect(info.Attachable).toBe(true);
    expect(info.Labels).toEqual({ tier: 'web' });
    expect(info.IPAM?.Config?.[0]).toMatchObject({ Subnet: cidr, Gateway: gateway });
    expect(ctx.getState().lists.networks.selectedId).toBe(info.Id);
  });

  it('refuses a subnet that is not CIDR, a gateway outside it and a name in use, and sends nothing', async () => {
    const taken = await network();
    const ctx = testContext(testHost(), 'networks');
    await ctx.load();
    const before = (await docker.listNetworks()).length;
    const answer = (values: Record<string, string>) =>
      INTENT_HANDLERS['network/create']({ type: 'network/create' }, { values, options: {} }, ctx);
    const base = { name: uniqueName('bad'), driver: 'bridge', internal: 'yes', attachable: 'no', labels: '' };
    expect(answer({ ...base, subnet: '10.1.2.0', gateway: '' })?.fieldErrors?.subnet).toMatch(/not CIDR/);
    expect(answer({ ...base, subnet: '10.1.2.0/24', gateway: '10.1.3.1' })?.fieldErrors?.gateway).toMatch(
      /not inside the subnet/,
    );
    expect(answer({ ...base, name: taken.name, subnet: '', gateway: '' })?.fieldErrors?.name).toMatch(
      /already exists/,
    );
    expect((await docker.listNetworks()).length).toBe(before);
  });

  it('connects a container, shows it with its address in the inspect, and disconnects it', async () => {
    const net = await network();
    const member = await container(net.name);
    const joiner = await container(net.name, false);
    await docker.getNetwork(net.id).disconnect({ Container: joiner.id });
    await docker.getContainer(joiner.id).start();
    const ctx = testContext(testHost(), 'networks');
    await ctx.load();
    ctx.dispatch({ type: 'select/id', id: net.id });

    COMMAND_HANDLERS['network.connect']!(ctx);
    const pick = ctx.getState().dialog;
    expect(pick?.kind).toBe('pick');
    const items = pick?.kind === 'pick' ? pick.items : [];
    expect(items.some((i) => i.id === joiner.id)).toBe(true);
    expect(items.some((i) => i.id === member.id)).toBe(false);
    ctx.dispatch({ type: 'dialog/close' });
    INTENT_HANDLERS['network/connect'](
      { type: 'network/connect', network: net.id, name: net.name },
      { values: {}, options: {}, picked: joiner.id },
      ctx,
    );
    await ctx.statusMatching(new RegExp(`connected ${joiner.name} to ${net.name}`));

    await COMMAND_HANDLERS['network.inspect']!(ctx);
    const view = ctx.getState().views.at(-1);
    if (view?.kind !== 'text') throw new Error(`expected a text view, got ${view?.kind}`);
    const lines = view.lines;
    const row = lines.find((l) => l.trim().startsWith(joiner.name));
    expect(row).toMatch(/\d+\.\d+\.\d+\.\d+\/\d+/);
    expect(lines).toContain('Containers attached: 2');
    expect(lines.some((l) => l.startsWith('IPAM (driver default)'))).toBe(true);
    ctx.dispatch({ type: 'view/pop' });

    await ctx.load('container');
    COMMAND_HANDLERS['network.disconnect']!(ctx);
    const attached = ctx.getState().dialog;
    expect(attached?.kind === 'pick' && attached.items.map((i) => i.id).sort()).toEqual(
      [member.id, joiner.id].sort(),
    );
    ctx.dispatch({ type: 'dialog/close' });
    INTENT_HANDLERS['network/disconnect'](
      { type: 'network/disconnect', network: net.id, name: net.name },
      { values: {}, options: {}, picked: joiner.id },
      ctx,
    );
    await ctx.statusMatching(new RegExp(`disconnected ${joiner.name} from ${net.name}`));
    const after = await docker.getNetwork(net.id).inspect();
    expect(Object.keys(after.Containers ?? {})).toEqual([member.id]);
  });

  it('removes a network after the question, and names the containers when the engine refuses', async () => {
    const busy = await network();
    const member = await container(busy.name);
    const idle = await network();
    const ctx = testContext(testHost(), 'networks');
    await ctx.load();

    ctx.dispatch({ type: 'select/id', id: idle.id });
    COMMAND_HANDLERS['network.remove']!(ctx);
    expect(ctx.getState().dialog?.kind).toBe('confirm');
    ctx.dispatch({ type: 'dialog/close' });
    INTENT_HANDLERS['network/remove'](
      { type: 'network/remove', networks: [idle] },
      { values: {}, options: {} },
      ctx,
    );
    await ctx.statusMatching(new RegExp(`removed network ${idle.name}`));
    await expect(docker.getNetwork(idle.id).inspect()).rejects.toMatchObject({ statusCode: 404 });

    INTENT_HANDLERS['network/remove'](
      { type: 'network/remove', networks: [busy] },
      { values: {}, options: {} },
      ctx,
    );
    const text = await ctx.statusMatching(/failed/);
    expect(text).toContain(member.name);
    expect((await docker.getNetwork(busy.id).inspect()).Name).toBe(busy.name);
  });

  it('refuses to remove a built-in network before asking the engine', async () => {
    const ctx = testContext(testHost(), 'networks');
    await ctx.load();
    const none = ctx.getState().networks.find((n) => n.name === 'none')!;
    ctx.dispatch({ type: 'select/id', id: none.id });
    COMMAND_HANDLERS['network.remove']!(ctx);
    expect(ctx.getState().dialog).toBeUndefined();
    expect(ctx.getState().status).toEqual({
      level: 'error',
      text: 'none is built into the engine: berth does not remove built-in networks',
    });
    expect((await docker.getNetwork(none.id).inspect()).Name).toBe('none');
  });

  it('goes from a network to its containers: a pick when there are several', async () => {
    const net = await network();
    const a = await container(net.name);
    const b = await container(net.name, false);
    const ctx = testContext(testHost(), 'networks');
    await ctx.load();
    ctx.dispatch({ type: 'select/id', id: net.id });
    COMMAND_HANDLERS['network.containers']!(ctx);
    const pick = ctx.getState().dialog;
    expect(pick?.kind === 'pick' && pick.items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    ctx.dispatch({ type: 'dialog/close' });
    INTENT_HANDLERS['container/jump'](
      { type: 'container/jump' },
      { values: {}, options: {}, picked: b.id },
      ctx,
    );
    await waitFor(() => ctx.getState().pane === 'containers' || undefined);
    expect(ctx.getState().lists.containers.selectedId).toBe(b.id);
  });
});
