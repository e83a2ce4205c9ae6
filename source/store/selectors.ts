// Derived views of the state: what each pane shows, in what order, and where the selection is.

import { byText } from '../compare.js';
import type { Container, EngineEvent } from '../docker/types.js';
import { visibleImageRows } from './imageSelectors.js';
import { visibleNetworks } from './networkSelectors.js';
import type { PaneId, State } from './state.js';
import { visibleVolumes } from './volumeSelectors.js';

const stateRank = (c: Container): number => (c.state === 'running' || c.state === 'restarting' ? 0 : 1);

/** Running first, then by name; ids break ties so the order is stable across re-lists. */
export function sortContainers(containers: readonly Container[]): Container[] {
  return [...containers].sort(
    (a, b) => stateRank(a) - stateRank(b) || byText(a.name, b.name) || byText(a.id, b.id),
  );
}

export function matchesFilter(filter: string, ...fields: string[]): boolean {
  if (!filter) return true;
  const needle = filter.toLowerCase();
  return fields.some((f) => f.toLowerCase().includes(needle));
}

const sortedCache = new WeakMap<readonly Container[], Container[]>();

export function visibleContainers(state: State): Container[] {
  let sorted = sortedCache.get(state.containers);
  if (!sorted) {
    sorted = sortContainers(state.containers);
    sortedCache.set(state.containers, sorted);
  }
  const { filter } = state.lists.containers;
  if (!filter && state.showStopped) return sorted;
  return sorted.filter(
    (c) =>
      (state.showStopped || c.state === 'running' || c.state === 'restarting' || c.state === 'paused') &&
      matchesFilter(filter, c.name, c.image, c.id),
  );
}

/** An event's row id: its time and position make it unique. */
export const eventKey = (e: EngineEvent): string => `${e.timeNano}:${e.type}:${e.action}:${e.id}`;

/** Newest first, filtered by type, action, name, id and attributes. */
export function visibleEvents(state: State): EngineEvent[] {
  const { filter } = state.lists.events;
  const out: EngineEvent[] = [];
  for (let i = state.events.length - 1; i >= 0; i--) {
    const e = state.events[i]!;
    if (matchesFilter(filter, e.type, e.action, e.name ?? '', e.id, ...Object.values(e.attributes)))
      out.push(e);
  }
  return out;
}

/** The ids a pane lists, in order; panes not built yet list nothing. */
export function paneIds(state: State, pane: PaneId): string[] {
  switch (pane) {
    case 'containers':
      return visibleContainers(state).map((c) => c.id);
    case 'images':
      return visibleImageRows(state).map((r) => r.key);
    case 'volumes':
      return visibleVolumes(state).map((v) => v.name);
    case 'networks':
      return visibleNetworks(state).map((n) => n.id);
    case 'events':
      return visibleEvents(state).map(eventKey);
    default:
      return [];
  }
}

/** Where the selection is in a list of ids: on its resource if still there, else near where it was. */
export function selectionIndex(
  ids: readonly string[],
  selectedId: string | undefined,
  fallback: number,
): number {
  if (ids.length === 0) return -1;
  if (selectedId !== undefined) {
    const at = ids.indexOf(selectedId);
    if (at >= 0) return at;
  }
  return Math.max(0, Math.min(fallback, ids.length - 1));
}

export function selectedIndex(state: State, pane: PaneId = state.pane): number {
  const list = state.lists[pane];
  return selectionIndex(paneIds(state, pane), list.selectedId, list.selectedIndex);
}

export function selectedContainer(state: State): Container | undefined {
  const list = visibleContainers(state);
  return list[
    selectionIndex(
      list.map((c) => c.id),
      state.lists.containers.selectedId,
      state.lists.containers.selectedIndex,
    )
  ];
}

export function containerCounts(state: State): { total: number; running: number } {
  let running = 0;
  for (const c of state.containers) if (c.state === 'running') running++;
  return { total: state.containers.length, running };
}
