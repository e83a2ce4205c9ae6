// A log row drawn as one styled string (rowText, render/textStyle.ts) against the nested <Text>s it
// replaces: ink must write the same bytes for random rows of coloured, matched, selected and dimmed text.
import chalk from 'chalk';
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowText } from '../../source/components/LogLines.js';
import type { RowSegment } from '../../source/render/logLine.js';
import { darkTheme, noColorTheme, type Theme } from '../../source/theme.js';
import { rng } from '../support/rng.js';

/** The row as it was drawn before: a <Text> per segment and one for the selection's padding. */
function NestedRow({
  row,
  width,
  selected,
  dim,
  theme,
}: {
  row: RowSegment[];
  width: number;
  selected: boolean;
  dim: boolean;
  theme: Theme;
}) {
  let used = 0;
  for (const seg of row) used += seg.text.length;
  const pad = selected ? ' '.repeat(Math.max(0, width - used)) : '';
  const selBg = selected && !theme.inverseSelection ? theme.selectionBg : undefined;
  return (
    <Text wrap="truncate">
      {row.map((seg, i) => {
        const match = seg.match;
        return (
          <Text
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
            key={i}
            {...seg.style}
            color={match ? 'black' : selBg ? (theme.selectionFg ?? seg.style.color) : seg.style.color}
            backgroundColor={match ? (theme.warning ?? undefined) : (selBg ?? seg.style.backgroundColor)}
            inverse={(match && !theme.warning) || (selected && theme.inverseSelection) || seg.style.inverse}
            bold={match || seg.style.bold}
            dimColor={dim || seg.style.dim}
          >
            {seg.text}
          </Text>
        );
      })}
      {pad ? (
        <Text backgroundColor={selBg} inverse={theme.inverseSelection}>
          {pad}
        </Text>
      ) : null}
    </Text>
  );
}

const COLORS = [undefined, 'red', 'gray', 'blueBright', '#ff8800', 'ansi256(208)', 'rgb(10, 20, 30)'];
const WORDS = ['GET /api 200', ' ', 'error:', 'x', 'a longer piece of a log line', '12ms'];

describe('a log row as one string', () => {
  let level: typeof chalk.level;
  beforeAll(() => {
    level = chalk.level;
    chalk.level = 3;
  });
  afterAll(() => {
    chalk.level = level;
  });

  it('is written exactly as the nested <Text>s were', () => {
    const random = rng(42);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const flag = () => random() < 0.25;
    let compared = 0;
    for (let n = 0; n < 300; n++) {
      const row: RowSegment[] = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
        text: pick(WORDS),
        match: random() < 0.15,
        style: {
          color: pick(COLORS),
          backgroundColor: random() < 0.2 ? pick(COLORS) : undefined,
          bold: flag(),
          dim: flag(),
          italic: flag(),
          underline: flag(),
          inverse: flag(),
          strikethrough: flag(),
        },
      }));
      const theme = random() < 0.7 ? darkTheme : noColorTheme;
      const selected = random() < 0.3;
      const dim = random() < 0.2;
      const width = 60;
      const nested = render(
        <NestedRow row={row} width={width} selected={selected} dim={dim} theme={theme} />,
      );
      const flat = render(<Text wrap="truncate">{rowText(row, width, selected, dim, theme)}</Text>);
      expect(flat.lastFrame()).toBe(nested.lastFrame());
      if (nested.lastFrame()?.includes('\x1b[')) compared++;
      nested.unmount();
      flat.unmount();
    }
    // the comparison is of colour, not of plain text
    expect(compared).toBeGreaterThan(200);
  });
});
