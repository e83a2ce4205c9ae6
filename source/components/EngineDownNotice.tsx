// In place of a pane while the engine has never answered: which endpoint, what failed, what to try.
import { Box, Text } from 'ink';
import { inert } from '../render/sanitize.js';
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
    `berth cannot reach the Docker engine at ${inert(endpoint)}.`,
    error ? inert(error.message) : '',
    error?.hint ? `Try: ${inert(error.hint)}.` : '',
    `Retrying in ${retryWait(state, now)}s. q quits.`,
  ].filter(Boolean);
  return (
    // wrapped, not cut: the hint is the useful part, and a narrow terminal still has rows to spare
    <Box flexDirection="column" height={height} width={width} overflow="hidden" paddingTop={1} paddingX={2}>
      {lines.map((line, i) => (
        <Text key={line} color={i === 0 ? theme.error : undefined} bold={i === 0} wrap="wrap">
          {line}
        </Text>
      ))}
    </Box>
  );
}
