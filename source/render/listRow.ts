// One row of a list (a container, an image, a volume…) as one styled string: the selection pointer, the
// mark, then the cells fitted to their columns, each in its colour. The row's own colours (the selection
// bar) stay props of the <Text> that holds it, as ink applies them after truncating to the width.
import { COLUMN_GAP, type Column } from './columns.js';
import { displayWidth, fitWidth } from './text.js';
import { styleText } from './textStyle.js';

/** The cells before the first column: the selection marker, the mark, a space. Columns are laid out in
 *  the width less this. */
export const LIST_GUTTER = 3;

const GAP = ' '.repeat(COLUMN_GAP);

export interface ListRowColors {
  /** The selection's text colour (undefined: the terminal's). */
  selectionFg?: string;
  /** The mark's colour when the row is not selected. */
  accent?: string;
}

/** The column titles, over the cells they name. */
export function listHeaderText<K extends string>(columns: readonly Column<K>[], width: number): string {
  return fitWidth(
    `${' '.repeat(LIST_GUTTER)}${columns.map((c) => fitWidth(c.title, c.width, c.align)).join(GAP)}`,
    width,
  );
}

/** The text inside the row's <Text>, as the nested <Text>s of a pointer, a mark and a cell each would be. */
export function listRowText<K extends string>(
  cells: Record<K, string>,
  colors: readonly (string | undefined)[] | undefined,
  columns: readonly Column<K>[],
  width: number,
  isSelected: boolean,
  isMarked: boolean,
  theme: ListRowColors,
): string {
  const fg = isSelected ? theme.selectionFg : undefined;
  let out = styleText(isSelected ? '▶' : ' ', { color: fg });
  out += styleText(isMarked ? '●' : ' ', {
    color: isMarked && !isSelected ? theme.accent : fg,
    bold: isMarked,
  });
  out += ' ';
  let used = LIST_GUTTER;
  columns.forEach((c, i) => {
    const cell = fitWidth(cells[c.key] ?? '', c.width, c.align);
    used += displayWidth(cell) + (i > 0 ? GAP.length : 0);
    out += styleText(i > 0 ? GAP + cell : cell, { color: isSelected ? fg : colors?.[i] });
  });
  return out + ' '.repeat(Math.max(0, width - used));
}
