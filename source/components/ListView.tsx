// The one generic list: a header row and only the rows that fit (virtualised), the selection kept in view.
import { Box, Text } from 'ink';
import { memo, useRef } from 'react';
import type { Column } from '../render/columns.js';
import { listHeaderText, listRowText } from '../render/listRow.js';
import { fitWidth } from '../render/text.js';
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

export function ListView<T, K extends string>(props: ListViewProps<T, K>) {
  const { items, columns, height, width, selected } = props;
  const theme = useTheme();
  const top = useRef(0);
  const bodyHeight = Math.max(0, height - 1);
  top.current = scrollTop(top.current, selected, bodyHeight, items.length);
  const visible = items.slice(top.current, top.current + bodyHeight);
  const headerText = listHeaderText(columns, width);
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

// one <Text> a row (its text styled as a string, see render/listRow.ts): a frame of rows is a few dozen
// fibers, not hundreds
function RowImpl<K extends string>({ cells, colors, columns, width, isSelected, isMarked }: RowProps<K>) {
  const theme = useTheme();
  return (
    <Text
      wrap="truncate"
      backgroundColor={isSelected ? theme.selectionBg : undefined}
      color={isSelected ? theme.selectionFg : undefined}
      inverse={isSelected && theme.inverseSelection}
    >
      {listRowText(cells, colors, columns, width, isSelected, isMarked, theme)}
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
