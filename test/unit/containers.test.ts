import { describe, expect, it } from 'vitest';
import { toContainer } from '../../source/docker/containers.js';
import { byName, recordedContainers, recordedRestarting } from './fixtures.js';

describe('toContainer (GET /containers/json → Container)', () => {
  it('maps every recorded container with its name, image, state and status as the engine said', () => {
    const rows = recordedContainers().map(toContainer);
    expect(rows.map((c) => [c.name, c.state, c.status])).toEqual([
      ['weird', 'running', 'Up 3 seconds'],
      ['looper', 'running', 'Up Less than a second'],
      ['paused-one', 'paused', 'Up 3 seconds (Paused)'],
      ['fresh', 'created', 'Created'],
      ['failed-job', 'exited', 'Exited (3) 3 seconds ago'],
      ['shop-api-1', 'running', 'Up 4 seconds'],
      ['p-net', 'running', 'Up 10 seconds'],
      ['p-int', 'running', 'Up 10 seconds'],
      ['p-none', 'running', 'Up 11 seconds'],
    ]);
    for (const c of rows) {
      expect(c.image).toBe('berth-test:latest');
      expect(c.id).toMatch(/^[0-9a-f]{64}$/);
      expect(c.imageId).toMatch(/^sha256:/);
    }
  });

  it('strips the leading slash of the name and keeps the full id', () => {
    const c = toContainer(byName('p-none'));
    expect(c.name).toBe('p-none');
    expect(c.id.startsWith('948c47526071')).toBe(true);
  });

  it('keeps a published port with its host address', () => {
    expect(toContainer(byName('p-net')).ports).toEqual([
      { ip: '127.0.0.1', privatePort: 80, publicPort: 18082, type: 'tcp' },
    ]);
  });

  it('reads the compose project from its label', () => {
    const c = toContainer(byName('shop-api-1'));
    expect(c.project).toBe('shop');
    expect(c.labels['com.docker.compose.service']).toBe('api');
    expect(toContainer(byName('p-none')).project).toBeUndefined();
  });

  it('lists the networks the container is on', () => {
    expect(toContainer(byName('p-net')).networks).toEqual(['fdn-net']);
    expect(toContainer(byName('p-none')).networks).toEqual(['none']);
  });

  it('maps a restarting container', () => {
    const c = toContainer(recordedRestarting());
    expect(c.name).toBe('looper');
    expect(c.state).toBe('restarting');
    expect(c.status).toMatch(/^Restarting \(1\)/);
  });

  it('treats a state it does not know as dead, and a missing name as the short id', () => {
    const info = { ...byName('p-none'), State: 'zombie', Names: [] };
    const c = toContainer(info);
    expect(c.state).toBe('dead');
    expect(c.name).toBe('948c47526071');
  });

  it('tolerates missing optional fields', () => {
    const { Ports: _p, Labels: _l, Mounts: _m, NetworkSettings: _n, ...bare } = byName('p-none');
    const c = toContainer(bare as Parameters<typeof toContainer>[0]);
    expect(c.ports).toEqual([]);
    expect(c.labels).toEqual({});
    expect(c.networks).toEqual([]);
    expect(c.mounts).toEqual([]);
  });
});
