// A volume → the cells of its row. Pure: same volume, holders and size, same row.
import type { Volume } from '../docker/types.js';
import type { ColumnSpec } from './columns.js';
import { formatBytes } from './format.js';
import { inert } from './sanitize.js';

export type VolumeColumn = 'name' | 'driver' | 'size' | 'usedBy' | 'mountpoint';

export const VOLUME_COLUMNS: readonly ColumnSpec<VolumeColumn>[] = [
  { key: 'name', title: 'NAME', min: 16, flex: 3, max: 64, priority: 10 },
  { key: 'driver', title: 'DRIVER', min: 6, max: 12, flex: 0, priority: 6 },
  { key: 'size', title: 'SIZE', min: 9, align: 'right', priority: 8 },
  { key: 'usedBy', title: 'USED BY', min: 14, flex: 2, max: 40, priority: 9 },
  { key: 'mountpoint', title: 'MOUNTPOINT', min: 16, flex: 2, priority: 4 },
];

export type VolumeCells = Record<VolumeColumn, string>;

/** `holders`: names of the containers that mount it; `size`: bytes, when /system/df said. */
export function volumeCells(v: Volume, holders: readonly string[], size?: number): VolumeCells {
  return {
    name: inert(v.name),
    driver: inert(v.driver),
    size: size === undefined ? '' : formatBytes(size),
    usedBy: holders.length ? inert(holders.join(', ')) : '-',
    mountpoint: inert(v.mountpoint),
  };
}
