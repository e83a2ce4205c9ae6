// Pane 4: every network, its addresses and how many containers are on it; built-in ones marked.
import { useMemo } from 'react';
import type { Network } from '../docker/types.js';
import { layoutColumns } from '../render/columns.js';
import { LIST_GUTTER } from '../render/listRow.js';
import { NETWORK_COLUMNS, networkCells } from '../render/networkRow.js';
import { isBuiltinNetwork, networkMembers, visibleNetworks } from '../store/networkSelectors.js';
import { selectedIndex } from '../store/selectors.js';
import type { State } from '../store/state.js';
import { ListView } from './ListView.js';
import { useTheme } from './ThemeContext.js';

interface Props {
  state: State;
  width: number;
  height: number;
}

export function NetworksPane({ state, width, height }: Props) {
  const theme = useTheme();
  const items = visibleNetworks(state);
  const members = networkMembers(state);
  const marked = useMemo(() => new Set(state.marked.networks), [state.marked.networks]);
  const columns = useMemo(() => layoutColumns(NETWORK_COLUMNS, width - LIST_GUTTER), [width]);
  const { filter } = state.lists.networks;
  const empty = !state.networksLoaded
    ? 'loading networks…'
    : filter
      ? `no network matches "${filter}" — esc clears the filter`
      : 'no networks on this engine — n creates one';
  const cells = (n: Network) => {
    const row = networkCells(n, members.get(n.name)?.length ?? 0, isBuiltinNetwork(n));
    const pending = state.pending[n.id];
    return pending ? { ...row, flags: pending } : row;
  };
  return (
    <ListView
      items={items}
      columns={columns}
      cells={cells}
      cellColor={(n, key) => {
        if (key === 'flags')
          return state.pending[n.id] ? theme.warning : isBuiltinNetwork(n) ? theme.accent : undefined;
        if (key === 'name' && isBuiltinNetwork(n)) return theme.muted;
        return undefined;
      }}
      itemKey={(n) => n.id}
      selected={selectedIndex(state, 'networks')}
      height={height}
      width={width}
      marked={marked}
      empty={empty}
    />
  );
}
