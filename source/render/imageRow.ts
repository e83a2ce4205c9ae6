// An image row → the cells of its row. Pure: same row, same usage, same minute, same cells.
import type { ImageRow } from '../store/imageSelectors.js';
import type { ColumnSpec } from './columns.js';
import { formatAge, formatBytes, shortId } from './format.js';
import { inert } from './sanitize.js';

export type ImageColumn = 'ref' | 'id' | 'size' | 'created' | 'used';

export const IMAGE_COLUMNS: readonly ColumnSpec<ImageColumn>[] = [
  { key: 'ref', title: 'REPOSITORY:TAG', min: 20, flex: 4, max: 70, priority: 10 },
  { key: 'id', title: 'IMAGE ID', min: 12, priority: 8 },
  { key: 'size', title: 'SIZE', min: 9, align: 'right', priority: 7 },
  { key: 'created', title: 'CREATED', min: 16, flex: 1, max: 22, priority: 6 },
  { key: 'used', title: 'USED BY', min: 7, align: 'right', priority: 5 },
];

export type ImageCells = Record<ImageColumn, string>;

export function imageCells(row: ImageRow, usedBy: number, now: number = Date.now()): ImageCells {
  return {
    ref: inert(row.ref),
    id: shortId(row.image.id),
    size: formatBytes(row.image.size),
    created: formatAge(row.image.created * 1000, now),
    used: usedBy ? String(usedBy) : '-',
  };
}
