// A full-screen, scrollable, searchable text view (inspect documents, command output).
import { Box, Text } from 'ink';
import { inert } from '../render/sanitize.js';
import { fitWidth } from '../render/text.js';
import { positionAndSearch } from '../render/viewTitle.js';
import type { TextView } from '../store/views.js';
import { useTheme } from './ThemeContext.js';

export function TextViewPane({ view, width, height }: { view: TextView; width: number; height: number }) {
  const theme = useTheme();
  const body = Math.max(1, height - 1);
  const lines = view.lines.slice(view.top, view.top + body);
  const title = ` ${inert(view.title)}${view.live ? ' · live' : ''} · ${positionAndSearch(view, body)}`;
  const needle = view.search.toLowerCase();
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate">
        {fitWidth(title, width)}
      </Text>
      {lines.map((line, i) => {
        const text = fitWidth(` ${inert(line)}`, width);
        const hit = needle && line.toLowerCase().includes(needle);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional in the window
          <Text key={i} wrap="truncate" color={hit ? theme.warning : undefined} bold={Boolean(hit)}>
            {text}
          </Text>
        );
      })}
    </Box>
  );
}
