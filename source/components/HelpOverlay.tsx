// Every key of the current pane, straight from the keymap table, laid out in as many columns as it takes.
import { Box, Text } from 'ink';
import { COLON_COMMANDS } from '../hooks/colonCommands.js';
import { bindingsFor, displayKey } from '../keymap.js';
import { fitWidth } from '../render/text.js';
import { PANE_TITLES, type State } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

export function helpEntries(state: State): { keys: string; description: string }[] {
  const view = state.views[state.views.length - 1]?.kind;
  const keys = bindingsFor(state.pane, { readOnly: state.readOnly, view }).map((b) => ({
    keys: b.keys.map(displayKey).join(' '),
    description: b.description,
  }));
  const commands = COLON_COMMANDS.filter((c) => !(state.readOnly && c.mutating)).map((c) => ({
    keys: c.usage.split(' ')[0]!,
    description: `${c.description}${c.usage.includes(' ') ? ` (${c.usage})` : ''}`,
  }));
  return [...keys, ...commands];
}

export function HelpOverlay({ state, width, height }: { state: State; width: number; height: number }) {
  const theme = useTheme();
  const entries = helpEntries(state);
  const rows = Math.max(1, height - 2);
  const columnCount = Math.max(1, Math.ceil(entries.length / rows));
  const columnWidth = Math.floor((width - 2) / columnCount);
  const keyWidth = Math.min(12, Math.max(...entries.map((e) => e.keys.length)) + 1);
  const lines: string[] = [];
  for (let r = 0; r < Math.min(rows, entries.length); r++) {
    let line = ' ';
    for (let c = 0; c < columnCount; c++) {
      const e = entries[c * rows + r];
      if (e) line += `${fitWidth(`${fitWidth(e.keys, keyWidth)} ${e.description}`, columnWidth - 1)} `;
    }
    lines.push(line);
  }
  const title = ` Keys: ${PANE_TITLES[state.pane]}${state.readOnly ? ' (read-only: actions that change the engine are off)' : ''} · esc or ? closes`;
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate">
        {fitWidth(title, width)}
      </Text>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <Text key={i} wrap="truncate">
          {fitWidth(line, width)}
        </Text>
      ))}
    </Box>
  );
}
