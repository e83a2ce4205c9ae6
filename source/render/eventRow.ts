// An engine event → the cells of its row in the Events pane. Pure.
import type { EngineEvent } from '../docker/types.js';
import type { ColumnSpec } from './columns.js';
import { inert } from './sanitize.js';

export type EventColumn = 'time' | 'type' | 'action' | 'name' | 'details';

export const EVENT_COLUMNS: readonly ColumnSpec<EventColumn>[] = [
  { key: 'time', title: 'TIME', min: 8, priority: 9 },
  { key: 'type', title: 'TYPE', min: 9, priority: 8 },
  { key: 'action', title: 'ACTION', min: 12, max: 20, flex: 1, priority: 10 },
  { key: 'name', title: 'NAME', min: 14, max: 40, flex: 2, priority: 10 },
  { key: 'details', title: 'DETAILS', min: 10, flex: 3, priority: 5 },
];

// Attributes every event repeats, or that say the same as the name column.
const NOISE = new Set(['name', 'com.docker.compose.config-hash', 'com.docker.compose.oneoff']);

export function eventCells(e: EngineEvent): Record<EventColumn, string> {
  const time = new Date(e.timeNano / 1e6);
  const details = Object.entries(e.attributes)
    .filter(([k]) => !NOISE.has(k) && !k.startsWith('org.opencontainers'))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return {
    time: time.toTimeString().slice(0, 8),
    type: inert(e.type),
    action: inert(e.action),
    name: inert(e.name ?? e.id.slice(0, 12)),
    details: inert(details),
  };
}
