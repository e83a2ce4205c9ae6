// A list row drawn as one styled string (render/listRow.ts) against the nested <Text>s it replaces: ink
// must write the same bytes for random rows of coloured, selected and marked cells, in every theme.
import chalk from 'chalk';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Column } from '../../source/render/columns.js';
import { LIST_GUTTER, listRowText } from '../../source/render/listRow.js';
import { displayWidth, fitWidth } from '../../source/render/text.js';
import { darkTheme, noColorTheme, type Theme } from '../../source/theme.js';
import { rng } from '../support/rng.js';

type K = 'a' | 'b' | 'c';

/** The row as it was drawn before: a <Text> for the pointer, the mark and each cell. */
function NestedRow(props: {
  cells: Record<K, string>;
  colors?: (string | undefined)[];
  columns: Column<K>[];
  width: number;
  isSelected: boolean;
  isMarked: boolean;
  theme: Theme;
}) {
  const { cells, colors, columns, width, isSelected, isMarked, theme } = props;
  const parts = columns.map((c) => fitWidth(cells[c.key] ?? '', c.width, c.align));
  const used =
    LIST_GUTTER + parts.reduce((s, p) => s + displayWidth(p), 0) + 2 * Math.max(0, parts.length - 1);
  const fg = isSelected ? theme.selectionFg : undefined;
  return (
    <Text
      wrap="truncate"
      backgroundColor={isSelected ? theme.selectionBg : undefined}
      color={fg}
      inverse={isSelected && theme.inverseSelection}
    >
      <Text color={fg}>{isSelected ? '▶' : ' '}</Text>
      <Text color={isMarked && !isSelected ? theme.accent : fg} bold={isMarked}>
        {isMarked ? '●' : ' '}
      </Text>{' '}
      {parts.map((p, i) => (
        <Text key={columns[i]!.key} color={isSelected ? fg : colors?.[i]}>
          {i > 0 ? '  ' : ''}
          {p}
        </Text>
      ))}
      {' '.repeat(Math.max(0, width - used))}
    </Text>
  );
}

const COLORS = [undefined, 'green', 'red', 'gray', '#ff8800', 'ansi256(208)'];
const TEXTS = [
  'web-1',
  '',
  'nginx:1.27',
  'Up 3 minutes',
  'Exited (137) 2 hours ago',
  '0.0.0.0:8080→80/tcp',
  '名前',
];
const THEMES = [darkTheme, noColorTheme];

describe('a list row as one string', () => {
  let level: typeof chalk.level;
  beforeAll(() => {
    level = chalk.level;
    chalk.level = 3;
  });
  afterAll(() => {
    chalk.level = level;
  });

  it('is written exactly as the nested <Text>s were', () => {
    const random = rng(7);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    let compared = 0;
    for (let n = 0; n < 300; n++) {
      const columns: Column<K>[] = (['a', 'b', 'c'] as const)
        .filter(() => random() < 0.8)
        .map((key) => ({
          key,
          title: key,
          min: 3,
          priority: 1,
          width: 3 + Math.floor(random() * 20),
          align: random() < 0.3 ? ('right' as const) : ('left' as const),
        }));
      const cells = { a: pick(TEXTS), b: pick(TEXTS), c: pick(TEXTS) };
      const colors = random() < 0.6 ? columns.map(() => pick(COLORS)) : undefined;
      const theme = pick(THEMES);
      const row = {
        cells,
        colors,
        columns,
        width: 20 + Math.floor(random() * 60),
        isSelected: random() < 0.35,
        isMarked: random() < 0.3,
      };
      const nested = render(<NestedRow {...row} theme={theme} />);
      const flat = render(
        <Text
          wrap="truncate"
          backgroundColor={row.isSelected ? theme.selectionBg : undefined}
          color={row.isSelected ? theme.selectionFg : undefined}
          inverse={row.isSelected && theme.inverseSelection}
        >
          {listRowText(cells, colors, columns, row.width, row.isSelected, row.isMarked, theme)}
        </Text>,
      );
      expect(flat.lastFrame()).toBe(nested.lastFrame());
      if (nested.lastFrame()?.includes('\x1b[')) compared++;
      nested.unmount();
      flat.unmount();
    }
    // the comparison is of colour, not of plain text
    expect(compared).toBeGreaterThan(200);
  });
});
