import { Text } from 'ink';
import { describeError } from '../docker/errors.js';
import { inert } from '../render/sanitize.js';
import { fitWidth } from '../render/text.js';
import type { State } from '../store/state.js';
import { retryWait } from './EngineDownNotice.js';
import { useTheme } from './ThemeContext.js';

/** One line: the engine's trouble when it is down, else the last message. */
export function StatusLine({ state, width, now }: { state: State; width: number; now: number }) {
  const theme = useTheme();
  const { engine, status } = state;
  if (state.mode === 'command') {
    const error = status?.level === 'error' ? `  ✗ ${inert(status.text)}` : '';
    return (
      <Text wrap="truncate">
        <Text color={theme.accent}>{`:${inert(state.commandLine)}█`}</Text>
        <Text color={theme.error}>{fitWidth(error, Math.max(0, width - state.commandLine.length - 2))}</Text>
      </Text>
    );
  }
  if (engine.state === 'down' && engine.error) {
    // the countdown first: a narrow terminal cuts the end of the line, not the news that berth retries
    const text = ` engine down · retrying in ${retryWait(state, now)}s · ${describeError(engine.error)}`;
    return (
      <Text color={theme.error} wrap="truncate">
        {fitWidth(inert(text), width)}
      </Text>
    );
  }
  return (
    <Text color={status?.level === 'error' ? theme.error : theme.muted} wrap="truncate">
      {fitWidth(status ? ` ${inert(status.text)}` : '', width)}
    </Text>
  );
}
