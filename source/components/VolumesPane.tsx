// Pane 3: every volume, its size (when measured) and the containers that use it.
import { useMemo } from 'react';
import type { Volume } from '../docker/types.js';
import { layoutColumns } from '../render/columns.js';
import { LIST_GUTTER } from '../render/listRow.js';
import { VOLUME_COLUMNS, volumeCells } from '../render/volumeRow.js';
import { selectedIndex } from '../store/selectors.js';
import type { State } from '../store/state.js';
import { visibleVolumes, volumeHolders } from '../store/volumeSelectors.js';
import { ListView } from './ListView.js';
import { useTheme } from './ThemeContext.js';

interface Props {
  state: State;
  width: number;
  height: number;
}

export function VolumesPane({ state, width, height }: Props) {
  const theme = useTheme();
  const items = visibleVolumes(state);
  const holders = volumeHolders(state);
  const sizes = state.volumeUsage?.sizes;
  const marked = useMemo(() => new Set(state.marked.volumes), [state.marked.volumes]);
  const columns = useMemo(() => layoutColumns(VOLUME_COLUMNS, width - LIST_GUTTER), [width]);
  const { filter } = state.lists.volumes;
  const empty = !state.volumesLoaded
    ? 'loading volumes…'
    : filter
      ? `no volume matches "${filter}" — esc clears the filter`
      : 'no volumes on this engine — n creates one';
  const cells = (v: Volume) => {
    const row = volumeCells(
      v,
      (holders.get(v.name) ?? []).map((c) => c.name),
      sizes?.[v.name],
    );
    const pending = state.pending[v.name];
    return pending ? { ...row, usedBy: pending } : row;
  };
  return (
    <ListView
      items={items}
      columns={columns}
      cells={cells}
      cellColor={(v, key) =>
        key === 'usedBy'
          ? state.pending[v.name]
            ? theme.warning
            : holders.has(v.name)
              ? undefined
              : theme.muted
          : undefined
      }
      itemKey={(v) => v.name}
      selected={selectedIndex(state, 'volumes')}
      height={height}
      width={width}
      marked={marked}
      empty={empty}
    />
  );
}
