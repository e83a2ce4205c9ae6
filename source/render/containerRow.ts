// A container → the cells of its row. Pure: same container, same row.
import type { Container } from '../docker/types.js';
import type { ColumnSpec } from './columns.js';
import { formatPorts } from './format.js';
import { inert } from './sanitize.js';

export type ContainerColumn = 'name' | 'image' | 'state' | 'status' | 'ports';

export const CONTAINER_COLUMNS: readonly ColumnSpec<ContainerColumn>[] = [
  { key: 'name', title: 'NAME', min: 14, flex: 3, max: 40, priority: 10 },
  { key: 'image', title: 'IMAGE', min: 12, flex: 2, max: 36, priority: 8 },
  { key: 'state', title: 'STATE', min: 10, priority: 9 },
  { key: 'status', title: 'STATUS', min: 16, flex: 2, max: 28, priority: 7 },
  { key: 'ports', title: 'PORTS', min: 14, flex: 1, priority: 5 },
];

export type ContainerCells = Record<ContainerColumn, string>;

export function containerCells(c: Container): ContainerCells {
  return {
    name: inert(c.name),
    image: inert(c.image.replace(/^sha256:/, '').slice(0, 71)),
    state: c.state,
    status: inert(c.status),
    ports: formatPorts(c.ports),
  };
}
