// The screen: header, pane tabs, the current pane, status line and key hints; never taller than rows − 1.
import { Box, Text, useApp } from 'ink';
import { useCallback } from 'react';
import type { EngineClient } from '../docker/types.js';
import type { SyncOptions } from '../hooks/engineSync.js';
import { useEngineSync } from '../hooks/useEngineSync.js';
import { useInputRouter } from '../hooks/useInputRouter.js';
import { useNow } from '../hooks/useNow.js';
import { useStore } from '../hooks/useStore.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { initialState } from '../store/state.js';
import { darkTheme, type Theme } from '../theme.js';
import { ContainersPane } from './ContainersPane.js';
import { EngineDownNotice } from './EngineDownNotice.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { PaneTabs } from './PaneTabs.js';
import { PlaceholderPane } from './PlaceholderPane.js';
import { StatusLine } from './StatusLine.js';
import { ThemeContext } from './ThemeContext.js';

export interface AppProps {
  client: EngineClient;
  readOnly?: boolean;
  showStopped?: boolean;
  theme?: Theme;
  sync?: SyncOptions;
}

/** Lines outside the pane: header, tabs, rule, status line, footer. */
const CHROME = 5;

export function App({ client, readOnly, showStopped, theme = darkTheme, sync }: AppProps) {
  const { state, dispatch, getState } = useStore(() => initialState({ readOnly, showStopped }));
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  useEngineSync(client, dispatch, sync);
  const now = useNow(state.engine.state === 'down');

  // One line short of the terminal: a frame as tall as the terminal makes ink clear the screen each time.
  const height = Math.max(1, rows - 1);
  const width = Math.max(1, columns);
  const paneHeight = Math.max(1, height - CHROME);
  const quit = useCallback(() => exit(), [exit]);

  useInputRouter({ getState, dispatch, pageSize: Math.max(1, paneHeight - 2), quit });

  let pane: React.ReactNode;
  if (state.engine.state === 'down' && !state.containersLoaded)
    pane = (
      <EngineDownNotice
        state={state}
        endpoint={client.endpoint}
        width={width}
        height={paneHeight}
        now={now}
      />
    );
  else if (state.mode === 'help') pane = <HelpOverlay state={state} width={width} height={paneHeight} />;
  else if (state.pane === 'containers')
    pane = <ContainersPane state={state} width={width} height={paneHeight} />;
  else pane = <PlaceholderPane pane={state.pane} width={width} height={paneHeight} />;

  return (
    <ThemeContext.Provider value={theme}>
      <Box flexDirection="column" width={width} height={height} overflow="hidden">
        <Header state={state} endpoint={client.endpoint} width={width} />
        <PaneTabs state={state} width={width} />
        <Text color={theme.muted} wrap="truncate">
          {'─'.repeat(width)}
        </Text>
        {pane}
        <StatusLine state={state} width={width} now={now} />
        <Footer state={state} width={width} />
      </Box>
    </ThemeContext.Provider>
  );
}
