// What the Networks pane shows: built-in networks first, who is attached, what a prune would take.

import { byText } from '../compare.js';
import type { Container, Network } from '../docker/types.js';
import { matchesFilter, selectedIndex } from './selectors.js';
import type { State } from './state.js';

/** The engine's own networks: never removed (the engine would refuse anyway). */
export const BUILTIN_NETWORKS: readonly string[] = ['bridge', 'host', 'none'];

export function isBuiltinNetwork(network: Pick<Network, 'name'>): boolean {
  return BUILTIN_NETWORKS.includes(network.name);
}

const sortedCache = new WeakMap<readonly Network[], Network[]>();
const membersCache = new WeakMap<readonly Container[], Map<string, Container[]>>();

const rank = (n: Network) => (isBuiltinNetwork(n) ? 0 : 1);

export function visibleNetworks(state: State): Network[] {
  let sorted = sortedCache.get(state.networks);
  if (!sorted) {
    sorted = [...state.networks].sort(
      (a, b) => rank(a) - rank(b) || byText(a.name, b.name) || byText(a.id, b.id),
    );
    sortedCache.set(state.networks, sorted);
  }
  const { filter } = state.lists.networks;
  if (!filter) return sorted;
  return sorted.filter((n) =>
    matchesFilter(filter, n.name, n.driver, n.id, ...n.subnets.map((s) => s.subnet)),
  );
}

/** Network name → the containers (running or not) configured on it, from the containers list. */
export function networkMembers(state: State): Map<string, Container[]> {
  let map = membersCache.get(state.containers);
  if (!map) {
    map = new Map();
    for (const c of state.containers) {
      for (const name of c.networks) {
        const list = map.get(name) ?? [];
        list.push(c);
        map.set(name, list);
      }
    }
    membersCache.set(state.containers, map);
  }
  return map;
}

export function membersOf(state: State, network: Pick<Network, 'name'>): Container[] {
  return networkMembers(state).get(network.name) ?? [];
}

export function selectedNetwork(state: State): Network | undefined {
  return visibleNetworks(state)[selectedIndex(state, 'networks')];
}

const live = (c: Container) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting';

/** The networks a prune would remove: user networks with no running container (stopped ones do not
 *  hold a network: the engine prunes it from under them). */
export function unusedNetworks(state: State): Network[] {
  const members = networkMembers(state);
  return state.networks.filter(
    (n) => !isBuiltinNetwork(n) && !n.ingress && !(members.get(n.name) ?? []).some(live),
  );
}
