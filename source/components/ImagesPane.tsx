// Pane 2: every image by repository:tag, with its id, size, age and how many containers use it.
import { useMemo } from 'react';
import { layoutColumns } from '../render/columns.js';
import { formatAge } from '../render/format.js';
import { IMAGE_COLUMNS, type ImageCells, imageCells } from '../render/imageRow.js';
import { LIST_GUTTER } from '../render/listRow.js';
import { type ImageRow, imageUsage, visibleImageRows } from '../store/imageSelectors.js';
import { selectedIndex } from '../store/selectors.js';
import type { State } from '../store/state.js';
import { ListView } from './ListView.js';
import { useTheme } from './ThemeContext.js';

interface Props {
  state: State;
  width: number;
  height: number;
}

// Cells change with the row and its usage count; the age is recomputed on each draw (visible rows only).
const cellCache = new WeakMap<ImageRow, { used: number; cells: ImageCells }>();
function cells(row: ImageRow, used: number, now: number): ImageCells {
  const hit = cellCache.get(row);
  if (hit && hit.used === used) return { ...hit.cells, created: formatAge(row.image.created * 1000, now) };
  const fresh = imageCells(row, used, now);
  cellCache.set(row, { used, cells: fresh });
  return fresh;
}

export function ImagesPane({ state, width, height }: Props) {
  const theme = useTheme();
  const items = visibleImageRows(state);
  const usage = imageUsage(state);
  const now = Date.now();
  const marked = useMemo(() => new Set(state.marked.images), [state.marked.images]);
  const columns = useMemo(() => layoutColumns(IMAGE_COLUMNS, width - LIST_GUTTER), [width]);
  const empty = !state.imagesLoaded
    ? 'loading images…'
    : state.lists.images.filter
      ? `no image matches "${state.lists.images.filter}" — esc clears the filter`
      : state.showDangling
        ? 'no images on this engine yet — P pulls one, b builds one'
        : 'no tagged images — D shows dangling ones too';
  return (
    <ListView
      items={items}
      columns={columns}
      cells={(r) => {
        const row = cells(r, usage.get(r.image.id)?.length ?? 0, now);
        const pending = state.pending[r.key];
        return pending ? { ...row, created: pending } : row;
      }}
      cellColor={(r, key) =>
        key === 'created' && state.pending[r.key]
          ? theme.warning
          : key === 'ref' && r.dangling
            ? theme.muted
            : undefined
      }
      itemKey={(r) => r.key}
      selected={selectedIndex(state, 'images')}
      height={height}
      width={width}
      marked={marked}
      empty={empty}
    />
  );
}
