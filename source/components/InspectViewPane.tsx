// The inspect view: a tab bar (Inspect, Env, Top), then the shown tab's lines, scrollable and searchable;
// the inspect document coloured as JSON. Every string from the engine goes through inert().
import { Box, Text } from 'ink';
import { jsonTokens } from '../render/inspectLines.js';
import { inert } from '../render/sanitize.js';
import { displayWidth, fitWidth, truncate } from '../render/text.js';
import { positionAndSearch } from '../render/viewTitle.js';
import { INSPECT_TABS, type InspectTab, type InspectView } from '../store/views.js';
import { useTheme } from './ThemeContext.js';

const TAB_TITLES: Record<InspectTab, string> = { inspect: 'Inspect', env: 'Env', top: 'Top' };

export function InspectViewPane({
  view,
  width,
  height,
}: {
  view: InspectView;
  width: number;
  height: number;
}) {
  const theme = useTheme();
  const body = Math.max(1, height - 2);
  const lines = view.lines.slice(view.top, view.top + body);
  const refreshing = view.tab === 'top' ? ` · every 2s${view.topError ? ` · ${view.topError}` : ''}` : '';
  const title = ` ${inert(view.name)} · ${positionAndSearch(view, body)}${refreshing}`;
  const needle = view.search.toLowerCase();
  const colors: Record<string, string | undefined> = {
    key: theme.syntax?.key,
    string: theme.syntax?.string,
    number: theme.syntax?.number,
    literal: theme.syntax?.literal,
  };
  const tabsWidth = INSPECT_TABS.reduce((w, t) => w + TAB_TITLES[t].length + 2, 1);
  return (
    <Box flexDirection="column" height={height}>
      <Box>
        <Text> </Text>
        {INSPECT_TABS.map((tab) => (
          <Text
            key={tab}
            bold={tab === view.tab}
            inverse={tab === view.tab}
            color={tab === view.tab ? undefined : theme.muted}
          >
            {` ${TAB_TITLES[tab]} `}
          </Text>
        ))}
        <Text color={theme.muted} wrap="truncate">
          {fitWidth('  tab switches', Math.max(0, width - tabsWidth))}
        </Text>
      </Box>
      <Text bold color={theme.accent} wrap="truncate">
        {fitWidth(title, width)}
      </Text>
      {lines.map((line, i) => {
        const hit = Boolean(needle) && line.toLowerCase().includes(needle);
        const key = view.top + i;
        if (hit || view.tab !== 'inspect')
          return (
            <Text key={key} wrap="truncate" color={hit ? theme.warning : undefined} bold={hit}>
              {fitWidth(` ${inert(line)}`, width)}
            </Text>
          );
        // colour token by token, cut to the width
        let room = width - 1;
        const parts: { text: string; color?: string }[] = [];
        for (const token of jsonTokens(line)) {
          if (room <= 0) break;
          const text = truncate(inert(token.text), room);
          room -= displayWidth(text);
          parts.push({ text, color: colors[token.kind] });
        }
        return (
          <Text key={key} wrap="truncate">
            {' '}
            {parts.map((p, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: tokens are positional in the line
              <Text key={j} color={p.color}>
                {p.text}
              </Text>
            ))}
            {' '.repeat(Math.max(0, room))}
          </Text>
        );
      })}
    </Box>
  );
}
