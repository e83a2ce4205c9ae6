import { useMemo } from 'react';
import type { Container } from '../docker/types.js';
import { layoutColumns } from '../render/columns.js';
import { CONTAINER_COLUMNS, type ContainerColumn, containerCells } from '../render/containerRow.js';
import { LIST_GUTTER } from '../render/listRow.js';
import { selectedIndex, visibleContainers } from '../store/selectors.js';
import type { State } from '../store/state.js';
import { ListView } from './ListView.js';
import { useTheme } from './ThemeContext.js';

interface Props {
  state: State;
  width: number;
  height: number;
}

// Cells are pure in the container; memoise per container object (a re-list makes new objects).
const cellCache = new WeakMap<Container, Record<ContainerColumn, string>>();
function cells(c: Container) {
  let row = cellCache.get(c);
  if (!row) {
    row = containerCells(c);
    cellCache.set(c, row);
  }
  return row;
}

export function ContainersPane({ state, width, height }: Props) {
  const theme = useTheme();
  const items = visibleContainers(state);
  const marked = useMemo(() => new Set(state.marked.containers), [state.marked.containers]);
  const columns = useMemo(() => layoutColumns(CONTAINER_COLUMNS, width - LIST_GUTTER), [width]);
  const empty = !state.containersLoaded
    ? 'loading containers…'
    : state.lists.containers.filter
      ? `no container matches "${state.lists.containers.filter}" — esc clears the filter`
      : state.showStopped
        ? 'no containers on this engine yet'
        : 'no running containers — S shows stopped ones too';
  return (
    <ListView
      items={items}
      columns={columns}
      cells={(c) => (state.pending[c.id] ? { ...cells(c), state: state.pending[c.id]! } : cells(c))}
      cellColor={(c, key) =>
        key === 'state' ? (state.pending[c.id] ? theme.warning : theme.state[c.state]) : undefined
      }
      itemKey={(c) => c.id}
      selected={selectedIndex(state, 'containers')}
      height={height}
      width={width}
      marked={marked}
      empty={empty}
    />
  );
}
