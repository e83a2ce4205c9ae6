// In place of a pane while the engine has never answered: which endpoint, what failed, what to try.
import { Box, Text } from 'ink';
import { inert } from '../render/sanitize.js';
import { fitWidth } from '../render/text.js';
import type { State } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

export function retryWait(state: State, now: number): number {
  return Math.max(0, Math.ceil(((state.engine.retryAt ?? now) - now) / 1000));
}

export function EngineDownNotice({
  state,
  endpoint,
  width,
  height,
  now,
}: {
  state: State;
  endpoint: string;
  width: number;
  height: number;
  now: number;
}) {
  const theme = useTheme();
  const { error } = state.engine;
  const lines = [
    `  berth cannot reach the Docker engine at ${inert(endpoint)}.`,
    error ? `  ${inert(error.message)}` : '',
    error?.hint ? `  Try: ${inert(error.hint)}.` : '',
    `  Retrying in ${retryWait(state, now)}s. q quits.`,
  ].filter(Boolean);
  return (
    <Box flexDirection="column" height={height}>
      <Text> </Text>
      {lines.slice(0, Math.max(0, height - 1)).map((line, i) => (
        <Text key={line} color={i === 0 ? theme.error : undefined} bold={i === 0} wrap="truncate">
          {fitWidth(line, width)}
        </Text>
      ))}
    </Box>
  );
}
