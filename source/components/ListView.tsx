// The one generic list: a header row and only the rows that fit (virtualised), the selection kept in view.
import { Box, Text } from 'ink';
import { memo, useRef } from 'react';
import { COLUMN_GAP, type Column } from '../render/columns.js';
import { displayWidth, fitWidth } from '../render/text.js';
import { scrollTop } from '../render/window.js';
import { useTheme } from './ThemeContext.js';

export interface ListViewProps<T, K extends string> {
  items: readonly T[];
  columns: readonly Column<K>[];
  cells: (item: T) => Record<K, string>;
  /** A colour for one cell of an item, when it has one. */
  cellColor?: (item: T, key: K) => string | undefined;
  itemKey: (item: T) => string;
  selected: number;
  /** Rows available, the header included. */
  height: number;
  width: number;
  marked?: ReadonlySet<string>;
  empty: string;
}

const GAP = ' '.repeat(COLUMN_GAP);

/** The cells before the first column: the selection marker, the mark, a space. Lay columns out in
 *  `width - LIST_GUTTER`. */
export const LIST_GUTTER = 3;

export function ListView<T, K extends string>(props: ListViewProps<T, K>) {
  const { items, columns, height, width, selected } = props;
  const theme = useTheme();
  const top = useRef(0);
  const bodyHeight = Math.max(0, height - 1);
  top.current = scrollTop(top.current, selected, bodyHeight, items.length);
  const visible = items.slice(top.current, top.current + bodyHeight);
  const headerText = fitWidth(
    `${' '.repeat(LIST_GUTTER)}${columns.map((c) => fitWidth(c.title, c.width, c.align)).join(GAP)}`,
    width,
  );
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.muted} wrap="truncate">
        {headerText}
      </Text>
      {items.length === 0 ? (
        <Text color={theme.muted} wrap="truncate">
          {fitWidth(`  ${props.empty}`, width)}
        </Text>
      ) : (
        visible.map((item, i) => {
          const key = props.itemKey(item);
          return (
            <Row
              key={key}
              cells={props.cells(item)}
              colors={props.cellColor ? columns.map((c) => props.cellColor!(item, c.key)) : undefined}
              columns={columns}
              width={width}
              isSelected={top.current + i === selected}
              isMarked={props.marked?.has(key) ?? false}
            />
          );
        })
      )}
    </Box>
  );
}

interface RowProps<K extends string> {
  cells: Record<K, string>;
  colors?: (string | undefined)[];
  columns: readonly Column<K>[];
  width: number;
  isSelected: boolean;
  isMarked: boolean;
}

function RowImpl<K extends string>({ cells, colors, columns, width, isSelected, isMarked }: RowProps<K>) {
  const theme = useTheme();
  // a mark column of its own, so a marked row still shows its mark while selected
  const pointer = isSelected ? '▶' : ' ';
  const mark = isMarked ? '●' : ' ';
  const parts = columns.map((c) => fitWidth(cells[c.key] ?? '', c.width, c.align));
  const used =
    LIST_GUTTER + parts.reduce((s, p) => s + displayWidth(p), 0) + GAP.length * Math.max(0, parts.length - 1);
  const tail = ' '.repeat(Math.max(0, width - used));
  const bg = isSelected ? theme.selectionBg : undefined;
  const fg = isSelected ? theme.selectionFg : undefined;
  return (
    <Text wrap="truncate" backgroundColor={bg} color={fg} inverse={isSelected && theme.inverseSelection}>
      <Text color={fg}>{pointer}</Text>
      <Text color={isMarked && !isSelected ? theme.accent : fg} bold={isMarked}>
        {mark}
      </Text>{' '}
      {parts.map((p, i) => (
        <Text key={columns[i]!.key} color={isSelected ? fg : colors?.[i]}>
          {i > 0 ? GAP : ''}
          {p}
        </Text>
      ))}
      {tail}
    </Text>
  );
}

// Rows re-render only when their own content changes: a selection move redraws two rows, not all.
const Row = memo(RowImpl, (a, b) => {
  if (a.isSelected !== b.isSelected || a.isMarked !== b.isMarked || a.width !== b.width) return false;
  if (a.columns !== b.columns) return false;
  for (const c of a.columns) if (a.cells[c.key] !== b.cells[c.key]) return false;
  if (a.colors?.length !== b.colors?.length) return false;
  return (a.colors ?? []).every((color, i) => color === b.colors?.[i]);
}) as typeof RowImpl;
