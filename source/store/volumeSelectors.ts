// What the Volumes pane shows: volumes by name, who holds each, what a prune would take.

import { byText } from '../compare.js';
import type { Container, Volume } from '../docker/types.js';
import { matchesFilter, selectedIndex } from './selectors.js';
import type { State } from './state.js';

const sortedCache = new WeakMap<readonly Volume[], Volume[]>();
const holdersCache = new WeakMap<readonly Container[], Map<string, Container[]>>();

export function visibleVolumes(state: State): Volume[] {
  let sorted = sortedCache.get(state.volumes);
  if (!sorted) {
    sorted = [...state.volumes].sort((a, b) => byText(a.name, b.name));
    sortedCache.set(state.volumes, sorted);
  }
  const { filter } = state.lists.volumes;
  if (!filter) return sorted;
  return sorted.filter((v) => matchesFilter(filter, v.name, v.driver, v.mountpoint));
}

/** Volume name → the containers (running or not) that mount it; the engine refuses to remove those. */
export function volumeHolders(state: State): Map<string, Container[]> {
  let map = holdersCache.get(state.containers);
  if (!map) {
    map = new Map();
    for (const c of state.containers) {
      for (const m of c.mounts) {
        if (m.type !== 'volume' || !m.name) continue;
        const list = map.get(m.name) ?? [];
        if (!list.includes(c)) list.push(c);
        map.set(m.name, list);
      }
    }
    for (const list of map.values()) list.sort((a, b) => byText(a.name, b.name));
    holdersCache.set(state.containers, map);
  }
  return map;
}

export function holdersOf(state: State, volume: string): Container[] {
  return volumeHolders(state).get(volume) ?? [];
}

export function selectedVolume(state: State): Volume | undefined {
  return visibleVolumes(state)[selectedIndex(state, 'volumes')];
}

/** The volumes a prune would remove: those no container refers to. */
export function unusedVolumes(state: State): Volume[] {
  const holders = volumeHolders(state);
  return state.volumes.filter((v) => !holders.has(v.name));
}
