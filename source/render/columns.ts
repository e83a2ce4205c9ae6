// Column widths for a table at a given terminal width: narrow terminals drop the least useful columns.

export interface ColumnSpec<K extends string = string> {
  key: K;
  title: string;
  /** Smallest useful width. */
  min: number;
  /** Largest useful width (defaults to unbounded). */
  max?: number;
  /** Share of the spare width. 0 keeps the column at its min. */
  flex?: number;
  /** Lower is dropped first when the terminal is too narrow. */
  priority: number;
  align?: 'left' | 'right';
}

export interface Column<K extends string = string> extends ColumnSpec<K> {
  width: number;
}

export const COLUMN_GAP = 2;

export function layoutColumns<K extends string>(specs: readonly ColumnSpec<K>[], width: number): Column<K>[] {
  let kept = [...specs];
  const needed = (cols: readonly ColumnSpec<K>[]) =>
    cols.reduce((sum, c) => sum + c.min, 0) + COLUMN_GAP * Math.max(0, cols.length - 1);
  while (kept.length > 1 && needed(kept) > width) {
    const lowest = kept.reduce((low, c) => (c.priority < low.priority ? c : low));
    kept = kept.filter((c) => c !== lowest);
  }
  const widths = kept.map((c) => c.min);
  let spare = width - needed(kept);
  // Hand out the spare width by flex, a round at a time, respecting each column's max.
  while (spare > 0) {
    const growable = kept
      .map((c, i) => ({ c, i }))
      .filter(({ c, i }) => (c.flex ?? 0) > 0 && widths[i]! < (c.max ?? Number.POSITIVE_INFINITY));
    if (growable.length === 0) break;
    const totalFlex = growable.reduce((s, { c }) => s + (c.flex ?? 0), 0);
    let given = 0;
    for (const { c, i } of growable) {
      const share = Math.max(1, Math.floor((spare * (c.flex ?? 0)) / totalFlex));
      const room = (c.max ?? Number.POSITIVE_INFINITY) - widths[i]!;
      const add = Math.min(share, room, spare - given);
      widths[i]! += add;
      given += add;
      if (given >= spare) break;
    }
    if (given === 0) break;
    spare -= given;
  }
  return kept.map((c, i) => ({ ...c, width: widths[i]! }));
}
