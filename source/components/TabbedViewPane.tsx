// A tabbed full-screen view: the tab strip, then the shown tab as a text view.
import { Box, Text } from 'ink';
import { fitWidth } from '../render/text.js';
import type { TabbedView } from '../store/views.js';
import { TextViewPane } from './TextViewPane.js';
import { useTheme } from './ThemeContext.js';

export function TabbedViewPane({ view, width, height }: { view: TabbedView; width: number; height: number }) {
  const theme = useTheme();
  const tab = view.tabs[view.active];
  return (
    <Box flexDirection="column" height={height}>
      <Text wrap="truncate">
        {' '}
        {view.tabs.map((t, i) => (
          <Text
            key={t.name}
            inverse={i === view.active}
            color={i === view.active ? theme.accent : theme.muted}
          >
            {` ${t.name} `}
          </Text>
        ))}
        <Text color={theme.muted}>
          {fitWidth('   tab / ← → switch · / search · esc back', Math.max(0, width - 20))}
        </Text>
      </Text>
      {tab ? (
        <TextViewPane
          view={{ ...tab.view, title: `${view.title} · ${tab.name}` }}
          width={width}
          height={height - 1}
        />
      ) : null}
    </Box>
  );
}
