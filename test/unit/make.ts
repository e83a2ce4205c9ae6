// Small builders for unit and component tests: containers as the mapping would produce them.
import type { Container, ContainerState } from '../../source/docker/types.js';

let serial = 0;

export function container(
  name: string,
  state: ContainerState = 'running',
  extra: Partial<Container> = {},
): Container {
  serial++;
  const id = (extra.id ?? `${name.replace(/[^0-9a-f]/g, '')}${serial.toString(16)}`).padEnd(64, '0');
  return {
    id,
    name,
    image: 'berth-test:latest',
    imageId: 'sha256:eb205c159633',
    command: 'sleep 3600',
    created: 1_795_809_362,
    state,
    status: state === 'running' ? 'Up 3 minutes' : state === 'exited' ? 'Exited (0) 2 minutes ago' : state,
    ports: [],
    labels: {},
    networks: ['none'],
    mounts: [],
    ...extra,
    ...(extra.id ? {} : { id }),
  };
}
