// A network → the cells of its row. Pure: same network and member count, same row.
import type { Network } from '../docker/types.js';
import type { ColumnSpec } from './columns.js';
import { inert } from './sanitize.js';

export type NetworkColumn = 'name' | 'driver' | 'scope' | 'subnet' | 'gateway' | 'containers' | 'flags';

export const NETWORK_COLUMNS: readonly ColumnSpec<NetworkColumn>[] = [
  { key: 'name', title: 'NAME', min: 14, flex: 3, max: 48, priority: 10 },
  { key: 'driver', title: 'DRIVER', min: 7, max: 10, priority: 8 },
  { key: 'scope', title: 'SCOPE', min: 6, priority: 4 },
  { key: 'subnet', title: 'SUBNET', min: 14, flex: 1, max: 43, priority: 7 },
  { key: 'gateway', title: 'GATEWAY', min: 12, flex: 1, max: 39, priority: 5 },
  { key: 'containers', title: 'CONTAINERS', min: 10, align: 'right', priority: 9 },
  { key: 'flags', title: 'FLAGS', min: 10, flex: 1, max: 30, priority: 6 },
];

export type NetworkCells = Record<NetworkColumn, string>;

export function networkFlags(n: Network, builtin: boolean): string[] {
  const flags: string[] = [];
  if (builtin) flags.push('built-in');
  if (n.internal) flags.push('internal');
  if (n.attachable) flags.push('attachable');
  if (n.ingress) flags.push('ingress');
  if (n.ipv6) flags.push('ipv6');
  return flags;
}

/** `members`: how many containers are configured on it (running or not). */
export function networkCells(n: Network, members: number, builtin: boolean): NetworkCells {
  return {
    name: inert(n.name),
    driver: inert(n.driver),
    scope: inert(n.scope),
    subnet: inert(n.subnets.map((s) => s.subnet).join(', ')),
    gateway: inert(
      n.subnets
        .map((s) => s.gateway)
        .filter(Boolean)
        .join(', '),
    ),
    containers: String(members),
    flags: networkFlags(n, builtin).join(', '),
  };
}
