import { describe, expect, it } from 'vitest';
import type { Container, Network, Volume } from '../../../source/docker/types.js';
import { formatBytes } from '../../../source/render/format.js';
import { networkInspectLines } from '../../../source/render/networkInspect.js';
import { networkCells } from '../../../source/render/networkRow.js';
import { volumeCells } from '../../../source/render/volumeRow.js';
import { unusedNetworks, visibleNetworks } from '../../../source/store/networkSelectors.js';
import { reducer } from '../../../source/store/reducer.js';
import { paneIds } from '../../../source/store/selectors.js';
import { initialState } from '../../../source/store/state.js';
import { holdersOf, unusedVolumes } from '../../../source/store/volumeSelectors.js';

const volume = (name: string): Volume => ({
  name,
  driver: 'local',
  mountpoint: `/var/lib/docker/volumes/${name}/_data`,
  scope: 'local',
  labels: {},
  options: {},
});

const network = (name: string, extra: Partial<Network> = {}): Network => ({
  id: `${name}-id`,
  name,
  driver: 'bridge',
  scope: 'local',
  internal: false,
  attachable: false,
  ingress: false,
  ipv6: false,
  created: '2026-01-01T00:00:00Z',
  ipamDriver: 'default',
  ipamOptions: {},
  subnets: [],
  options: {},
  labels: {},
  endpoints: [],
  ...extra,
});

const container = (
  name: string,
  state: Container['state'],
  networks: string[],
  volumes: string[] = [],
): Container => ({
  id: `${name}-id`,
  name,
  image: 'busybox',
  imageId: 'sha256:x',
  command: 'sh',
  created: 0,
  state,
  status: '',
  ports: [],
  labels: {},
  networks,
  mounts: volumes.map((v) => ({ type: 'volume', name: v, source: '', destination: '/data', rw: true })),
});

function loaded() {
  let s = initialState();
  s = reducer(s, {
    type: 'containers/loaded',
    containers: [
      container('web', 'running', ['front'], ['data']),
      container('old', 'exited', ['back'], ['data', 'logs']),
    ],
  });
  s = reducer(s, { type: 'volumes/loaded', volumes: [volume('logs'), volume('data'), volume('spare')] });
  s = reducer(s, {
    type: 'networks/loaded',
    networks: [network('front'), network('back'), network('none', { driver: 'null' }), network('empty')],
  });
  return s;
}

describe('volume and network selectors', () => {
  it('knows who holds each volume and what a prune would take', () => {
    const s = loaded();
    expect(holdersOf(s, 'data').map((c) => c.name)).toEqual(['old', 'web']);
    expect(unusedVolumes(s).map((v) => v.name)).toEqual(['spare']);
    expect(paneIds(s, 'volumes')).toEqual(['data', 'logs', 'spare']);
  });
  it('lists built-in networks first, and prunes only networks without a running container', () => {
    const s = loaded();
    expect(visibleNetworks(s).map((n) => n.name)).toEqual(['none', 'back', 'empty', 'front']);
    expect(unusedNetworks(s).map((n) => n.name)).toEqual(['back', 'empty']);
  });
  it('filters, selects and marks on these panes like on any list', () => {
    let s = reducer(loaded(), { type: 'pane/switch', pane: 'volumes' });
    s = reducer(s, { type: 'select/move', delta: 1 });
    expect(s.lists.volumes.selectedId).toBe('logs');
    s = reducer(s, { type: 'mark/toggle', id: 'logs' });
    expect(s.marked.volumes).toEqual(['logs']);
    s = reducer(s, { type: 'filter/set', text: 'spa' });
    expect(paneIds(s, 'volumes')).toEqual(['spare']);
    expect(s.lists.volumes.selectedId).toBe('spare');
  });
});

describe('rows', () => {
  it('shows a volume with its size and holders, and a dash when unused', () => {
    expect(volumeCells(volume('data'), ['old', 'web'], 3 * 1024 * 1024)).toEqual({
      name: 'data',
      driver: 'local',
      size: formatBytes(3 * 1024 * 1024),
      usedBy: 'old, web',
      mountpoint: '/var/lib/docker/volumes/data/_data',
    });
    expect(volumeCells(volume('spare'), []).usedBy).toBe('-');
    expect(volumeCells(volume('spare'), []).size).toBe('');
  });
  it('makes control characters in names inert', () => {
    expect(volumeCells(volume('a\x1b[2Jb'), []).name).toBe('a␛[2Jb');
  });
  it('shows a network’s subnet, gateway, member count and flags', () => {
    const n = network('front', {
      internal: true,
      subnets: [{ subnet: '10.1.0.0/24', gateway: '10.1.0.1' }],
    });
    expect(networkCells(n, 2, false)).toEqual({
      name: 'front',
      driver: 'bridge',
      scope: 'local',
      subnet: '10.1.0.0/24',
      gateway: '10.1.0.1',
      containers: '2',
      flags: 'internal',
    });
    expect(networkCells(network('host'), 0, true).flags).toBe('built-in');
  });
});

describe('network inspect text', () => {
  it('shows IPAM, options, labels, every attached container with its address, and the JSON', () => {
    const n = network('front', {
      subnets: [{ subnet: '10.1.0.0/24', gateway: '10.1.0.1' }],
      options: { 'com.docker.network.bridge.name': 'br-front' },
      labels: { tier: 'web' },
      endpoints: [{ id: 'web-id', name: 'web', ipv4: '10.1.0.2/24', mac: '02:42:0a:01:00:02' }],
    });
    const lines = networkInspectLines(n, { Name: 'front' }, { builtin: false, configured: ['web', 'old'] });
    const text = lines.join('\n');
    expect(text).toContain('IPAM (driver default):\n  subnet 10.1.0.0/24  gateway 10.1.0.1');
    expect(text).toContain('Options:\n  com.docker.network.bridge.name = br-front');
    expect(text).toContain('Labels:\n  tier = web');
    expect(text).toContain('Containers attached: 1');
    expect(lines.find((l) => l.trim().startsWith('web '))).toMatch(
      /web\s+10\.1\.0\.2\/24\s+-\s+02:42:0a:01:00:02/,
    );
    expect(text).toContain('not running (no address now): old');
    expect(text).toContain('"Name": "front"');
  });
});
