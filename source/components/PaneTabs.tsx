import { Box, Text } from 'ink';
import { inert } from '../render/sanitize.js';
import { displayWidth, truncate } from '../render/text.js';
import { PANE_TITLES, PANES, type State } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

interface Props {
  state: State;
  width: number;
}

export function PaneTabs({ state, width }: Props) {
  const theme = useTheme();
  const { filter } = state.lists[state.pane];
  const editing = state.mode === 'filter';
  const right =
    editing || filter ? `/${editing ? '' : 'filter: '}${inert(filter)}${editing ? '█' : ''} ` : '';
  const tabs = PANES.map((pane, i) => ({ pane, text: ` ${i + 1} ${PANE_TITLES[pane]} ` }));
  const tabsWidth = tabs.reduce((s, t) => s + t.text.length, 1);
  const room = Math.max(0, width - tabsWidth);
  const shownRight = truncate(right, room);
  return (
    <Box>
      <Text> </Text>
      {tabs.map(({ pane, text }) =>
        pane === state.pane ? (
          <Text key={pane} bold inverse>
            {text}
          </Text>
        ) : (
          <Text key={pane} color={theme.muted}>
            {text}
          </Text>
        ),
      )}
      <Text>{' '.repeat(Math.max(0, room - displayWidth(shownRight)))}</Text>
      <Text color={theme.warning}>{shownRight}</Text>
    </Box>
  );
}
