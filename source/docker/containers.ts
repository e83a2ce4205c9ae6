// Engine JSON (GET /containers/json) → berth's Container.
import type { ContainerInfo } from 'dockerode';
import type { Container, ContainerState } from './types.js';

const STATES = new Set<ContainerState>([
  'created',
  'running',
  'paused',
  'restarting',
  'removing',
  'exited',
  'dead',
]);

export function toContainer(info: ContainerInfo): Container {
  const state = STATES.has(info.State as ContainerState) ? (info.State as ContainerState) : 'dead';
  const labels = info.Labels ?? {};
  const name = (info.Names?.[0] ?? info.Id.slice(0, 12)).replace(/^\//, '');
  return {
    id: info.Id,
    name,
    image: info.Image,
    imageId: info.ImageID,
    command: info.Command,
    created: info.Created,
    state,
    status: info.Status,
    ports: (info.Ports ?? []).map((p) => ({
      ip: p.IP || undefined,
      privatePort: p.PrivatePort,
      publicPort: p.PublicPort || undefined,
      type: p.Type,
    })),
    labels,
    project: labels['com.docker.compose.project'],
    networks: Object.keys(info.NetworkSettings?.Networks ?? {}),
    mounts: (info.Mounts ?? []).map((m) => ({
      type: m.Type,
      name: m.Name,
      source: m.Source,
      destination: m.Destination,
      rw: m.RW,
    })),
  };
}
