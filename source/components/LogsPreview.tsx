// The selected container's logs below the containers list: its newest lines, following. Only the
// selected container streams; moving the selection closes the old stream.
import { Box, Text } from 'ink';
import type { Container } from '../docker/types.js';
import { usePreviewSession } from '../hooks/useLogSession.js';
import { inert } from '../render/sanitize.js';
import { fitWidth } from '../render/text.js';
import { LogRows, logsTitle } from './LogLines.js';
import { useTheme } from './ThemeContext.js';

/** The preview takes a third of the pane, and only on terminals tall enough for the list to stay useful. */
export function previewHeight(paneHeight: number, rows: number, enabled: boolean): number {
  if (!enabled || rows < 30) return 0;
  return Math.max(6, Math.floor(paneHeight / 3));
}

export function LogsPreview({
  container,
  width,
  height,
}: {
  container?: Container;
  width: number;
  height: number;
}) {
  const theme = useTheme();
  const { session } = usePreviewSession(container?.id);
  if (!container || !session) {
    const text = container
      ? `─ logs · ${inert(container.name)} · opening…`
      : '─ logs · no container selected';
    return (
      <Box flexDirection="column" height={height}>
        <Text color={theme.muted} wrap="truncate">
          {fitWidth(`${text} `, width).replace(/ +$/, (s) => '─'.repeat(s.length))}
        </Text>
      </Box>
    );
  }
  const { lines } = session.entries();
  const body = Math.max(1, height - 1);
  return (
    <Box flexDirection="column" height={height}>
      <Text color={theme.muted} wrap="truncate">
        {logsTitle({ session, follow: true, window: session.window, hidden: [], shown: lines.length }, width)}
      </Text>
      {lines.length === 0 ? (
        <Text color={theme.muted} wrap="truncate">
          {fitWidth(` nothing logged yet (l opens the logs full-screen)`, width)}
        </Text>
      ) : (
        <LogRows
          session={session}
          lines={lines}
          top={Math.max(0, lines.length - body)}
          height={body}
          width={width}
          timestamps={false}
          wrap={false}
        />
      )}
    </Box>
  );
}
