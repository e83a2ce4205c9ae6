import { Box, Text } from 'ink';
import { fitWidth } from '../render/text.js';
import { PANE_TITLES, type PaneId } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

/** A pane that is not built yet says so plainly. */
export function PlaceholderPane({ pane, width, height }: { pane: PaneId; width: number; height: number }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" height={height}>
      <Text color={theme.muted} wrap="truncate">
        {fitWidth(`  The ${PANE_TITLES[pane]} pane is not built yet. Press 1 for containers.`, width)}
      </Text>
    </Box>
  );
}
