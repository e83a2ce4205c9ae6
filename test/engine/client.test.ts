// createClient against the real private engine: what berth lists is what the engine reports.
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import type { EngineEvent } from '../../source/docker/types.js';
import {
  createTestContainer,
  removeTestContainers,
  runLabels,
  TEST_LABEL,
  testDocker,
  testHost,
  uniqueName,
  waitFor,
} from '../support/docker.js';

const docker = testDocker();
const client = createClient(parseEndpoint(testHost()));
const networks: string[] = [];

afterAll(async () => {
  await removeTestContainers(docker);
  for (const id of networks)
    await docker
      .getNetwork(id)
      .remove()
      .catch(() => undefined);
});

describe('createClient on a real engine', () => {
  it('reports the engine version', async () => {
    const v = await client.version();
    expect(v.version).toMatch(/^\d+\.\d+/);
    expect(v.apiVersion).toMatch(/^1\.\d+$/);
    expect(v.os).toBe('linux');
  });

  it('lists containers exactly as the engine reports them', async () => {
    const running = await createTestContainer(docker, { name: uniqueName('list-run') });
    const exited = await createTestContainer(docker, {
      name: uniqueName('list-exit'),
      cmd: ['sh', '-c', 'exit 3'],
    });
    const created = await createTestContainer(docker, { name: uniqueName('list-new'), start: false });
    await exited.wait();
    // other test files share the engine: compare what both list of this run's containers
    const [all, raw] = await Promise.all([
      client.listContainers(),
      docker.listContainers({ all: true, filters: { label: [`${TEST_LABEL}=${runLabels()[TEST_LABEL]}`] } }),
    ]);
    const ours = all.filter((c) => c.labels[TEST_LABEL] === runLabels()[TEST_LABEL]);
    expect(ours.map((c) => c.id).sort()).toEqual(raw.map((c) => c.Id).sort());
    expect(raw.length).toBeGreaterThanOrEqual(3);
    for (const info of raw) {
      const c = ours.find((x) => x.id === info.Id)!;
      expect(c.name).toBe(info.Names[0]!.slice(1));
      expect(c.image).toBe(info.Image);
      expect(c.state).toBe(info.State);
      expect(c.status).toBe(info.Status);
    }
    const byId = (id: string) => ours.find((c) => c.id === id)!;
    expect(byId(running.id).state).toBe('running');
    expect(byId(running.id).status).toMatch(/^Up /);
    expect(byId(exited.id).state).toBe('exited');
    expect(byId(exited.id).status).toMatch(/^Exited \(3\)/);
    expect(byId(created.id).state).toBe('created');
    expect(byId(running.id).image).toBe('berth-test:latest');
  });

  it('reads the compose project from the labels', async () => {
    const c = await createTestContainer(docker, {
      labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.service': 'api' },
    });
    const listed = (await client.listContainers()).find((x) => x.id === c.id)!;
    expect(listed.project).toBe('shop');
    expect(listed.labels['com.docker.compose.service']).toBe('api');
  });

  it('lists a port published on 127.0.0.1 with its host address and port', async () => {
    // Publishing needs a network with a gateway; the engine has no default bridge, so make one.
    // Only loopback is bound and nothing is ever sent to it.
    const network = await docker.createNetwork({
      Name: uniqueName('ports-net'),
      Labels: { 'berth.test': 'ports' },
    });
    networks.push(network.id);
    const container = await createTestContainer(docker, { network: network.id, publish: [80] });
    try {
      const listed = (await client.listContainers()).find((x) => x.id === container.id)!;
      const raw = (await docker.listContainers({ all: true })).find((x) => x.Id === container.id)!;
      expect(listed.ports).toHaveLength(1);
      expect(listed.ports[0]).toMatchObject({ ip: '127.0.0.1', privatePort: 80, type: 'tcp' });
      expect(listed.ports[0]!.publicPort).toBe(raw.Ports[0]!.PublicPort);
      expect(listed.ports[0]!.publicPort).toBeGreaterThan(0);
    } finally {
      await container.remove({ force: true });
    }
  });

  it('delivers start, die, stop and destroy events from the stream', async () => {
    const events: EngineEvent[] = [];
    let closed = false;
    const unsubscribe = client.events({ onEvent: (e) => events.push(e), onClose: () => (closed = true) });
    try {
      // the stream is open once the engine answers it; an event we cause shows that
      const name = uniqueName('events');
      await waitFor(async () => {
        await docker.getImage('berth-test:latest').tag({ repo: 'berth-test', tag: 'events-probe' });
        return events.some((e) => e.type === 'image' && e.action === 'tag') || undefined;
      });
      const c = await createTestContainer(docker, { name });
      await c.stop({ t: 0 });
      await c.remove();
      const actions = () =>
        events.filter((e) => e.type === 'container' && e.id === c.id).map((e) => e.action);
      await waitFor(() => actions().includes('destroy') || undefined);
      expect(actions()).toEqual(expect.arrayContaining(['create', 'start', 'die', 'stop', 'destroy']));
      const start = events.find((e) => e.id === c.id && e.action === 'start')!;
      expect(start.name).toBe(name);
      expect(start.attributes.image).toBe('berth-test:latest');
      expect(closed).toBe(false);
    } finally {
      unsubscribe();
      await docker
        .getImage('berth-test:events-probe')
        .remove()
        .catch(() => undefined);
    }
  });

  it('says the engine is down on a socket that does not exist', async () => {
    const nowhere = createClient(parseEndpoint('unix:///nonexistent/docker.sock'));
    await expect(nowhere.listContainers()).rejects.toMatchObject({ code: 'ENOENT' });
    const closed = await new Promise<unknown>((done) =>
      nowhere.events({ onEvent: () => undefined, onClose: done }),
    );
    expect(closed).toMatchObject({ code: 'ENOENT' });
  });
});
