// The screen: header, pane tabs, the current pane (or a view, a dialog, the help), status line and key
// hints; never taller than rows − 1.
import { Box, Text, useApp } from 'ink';
import { useCallback, useMemo } from 'react';
import type { EngineClient } from '../docker/types.js';
import type { ActionContext } from '../hooks/actionContext.js';
import type { SyncOptions } from '../hooks/engineSync.js';
import { useEngineSync } from '../hooks/useEngineSync.js';
import { useEventLog } from '../hooks/useEventLog.js';
import { useInputRouter } from '../hooks/useInputRouter.js';
import { useInspectTop } from '../hooks/useInspectTop.js';
import { useNow } from '../hooks/useNow.js';
import { useStore } from '../hooks/useStore.js';
import { useSystemInfo } from '../hooks/useSystemInfo.js';
import { useTerminalHandover } from '../hooks/useTerminalHandover.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useVolumeUsage } from '../hooks/volumeUsage.js';
import { LogsContext, type LogsEnv } from '../logs/context.js';
import { createEventBus } from '../logs/eventBus.js';
import { DEFAULT_CAPACITY } from '../logs/session.js';
import { reducer } from '../store/reducer.js';
import { selectedContainer } from '../store/selectors.js';
import { initialState, type State } from '../store/state.js';
import { darkTheme, type Theme } from '../theme.js';
import { ContainersPane } from './ContainersPane.js';
import { DialogBox } from './DialogBox.js';
import { EngineDownNotice } from './EngineDownNotice.js';
import { EventsPane } from './EventsPane.js';
import { Footer } from './Footer.js';
import { Header } from './Header.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ImagesPane } from './ImagesPane.js';
import { InspectViewPane } from './InspectViewPane.js';
import { LogsPreview, previewHeight } from './LogsPreview.js';
import { LogSessionHost, LogsView } from './LogsView.js';
import { NetworksPane } from './NetworksPane.js';
import { PaneTabs } from './PaneTabs.js';
import { ProgressViewPane } from './ProgressViewPane.js';
import { StatusLine } from './StatusLine.js';
import { SystemPane } from './SystemPane.js';
import { TabbedViewPane } from './TabbedViewPane.js';
import { TextViewPane } from './TextViewPane.js';
import { ThemeContext } from './ThemeContext.js';
import { VolumesPane } from './VolumesPane.js';

export interface AppProps {
  client: EngineClient;
  readOnly?: boolean;
  showStopped?: boolean;
  theme?: Theme;
  sync?: SyncOptions;
  /** Changes to the first state (berth logs NAME… opens straight into a view). */
  init?: (state: State) => State;
  /** Log lines kept per container (the ring buffer). */
  logLines?: number;
  /** The docker context this engine came from ("default" when none). */
  context?: string;
  /** Switches to another context's engine; returns an error to show, or nothing. */
  switchContext?: (name: string) => string | undefined;
}

/** Lines outside the pane: header, tabs, rule, status line, footer. */
const CHROME = 5;

function Body({
  state,
  endpoint,
  width,
  height,
  now,
  detail,
}: {
  state: State;
  endpoint: string;
  width: number;
  height: number;
  now: number;
  detail: number;
}) {
  if (state.dialog) return <DialogBox dialog={state.dialog} width={width} height={height} />;
  if (state.mode === 'help') return <HelpOverlay state={state} width={width} height={height} />;
  // nothing was ever listed: say which engine, why, and when berth tries again
  if (state.engine.state === 'down' && !state.containersLoaded)
    return <EngineDownNotice state={state} endpoint={endpoint} width={width} height={height} now={now} />;
  const view = state.views[state.views.length - 1];
  if (view?.kind === 'text') return <TextViewPane view={view} width={width} height={height} />;
  if (view?.kind === 'inspect') return <InspectViewPane view={view} width={width} height={height} />;
  if (view?.kind === 'progress') return <ProgressViewPane view={view} width={width} height={height} />;
  if (view?.kind === 'tabbed') return <TabbedViewPane view={view} width={width} height={height} />;
  if (view?.kind === 'logs') return <LogsView view={view} width={width} height={height} />;
  if (state.pane === 'containers') {
    if (detail === 0) return <ContainersPane state={state} width={width} height={height} />;
    return (
      <Box flexDirection="column" height={height}>
        <ContainersPane state={state} width={width} height={height - detail} />
        <LogsPreview container={selectedContainer(state)} width={width} height={detail} />
      </Box>
    );
  }
  if (state.pane === 'images') return <ImagesPane state={state} width={width} height={height} />;
  if (state.pane === 'volumes') return <VolumesPane state={state} width={width} height={height} />;
  if (state.pane === 'networks') return <NetworksPane state={state} width={width} height={height} />;
  if (state.pane === 'events') return <EventsPane state={state} width={width} height={height} />;
  return <SystemPane state={state} endpoint={endpoint} width={width} height={height} />;
}

export function App({
  client,
  readOnly,
  showStopped,
  theme = darkTheme,
  sync,
  init,
  context = 'default',
  switchContext = () => 'switching contexts is not available here',
  logLines,
}: AppProps) {
  const { state, dispatch, getState } = useStore(() => {
    const first = initialState({ readOnly, showStopped });
    // the engine's first answer, when it came before the first frame, is in that frame
    return (sync?.first?.ready ?? []).reduce(reducer, init ? init(first) : first);
  });
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const onEvent = useEventLog(dispatch);
  // engine events also reach the log sessions (a restarted container's logs resume by themselves)
  const bus = useMemo(() => createEventBus(), []);
  const engineSync = useEngineSync(client, dispatch, {
    ...sync,
    onEvent: (event) => {
      onEvent(event);
      bus.emit(event);
    },
  });
  const logsEnv = useMemo<LogsEnv>(
    () => ({ client, bus, capacity: logLines ?? DEFAULT_CAPACITY }),
    [client, bus, logLines],
  );
  useSystemInfo(client, dispatch, state.pane === 'system' && state.engine.state === 'up');
  const now = useNow(state.engine.state === 'down');
  const handOverTerminal = useTerminalHandover(dispatch);
  useVolumeUsage(
    client,
    dispatch,
    state.pane === 'volumes' && state.engine.state === 'up',
    state.volumeUsage?.at,
  );

  // One line short of the terminal: a frame as tall as the terminal makes ink clear the screen each time.
  const height = Math.max(1, rows - 1);
  const width = Math.max(1, columns);
  const paneHeight = Math.max(1, height - CHROME);
  const detail = previewHeight(paneHeight, rows, state.logsPreview);
  const quit = useCallback(() => exit(), [exit]);

  const ctx = useMemo<ActionContext>(
    () => ({
      client,
      getState,
      dispatch,
      refresh: (kind) => engineSync.current?.refresh(kind),
      handOverTerminal,
      quit,
      switchContext,
      pageSize: Math.max(1, paneHeight - detail - 2),
      viewHeight: Math.max(1, paneHeight - 1),
    }),
    [client, getState, dispatch, engineSync, handOverTerminal, quit, switchContext, paneHeight, detail],
  );
  useInputRouter(ctx, !state.suspended);
  useInspectTop(client, getState, dispatch, state.views[state.views.length - 1]);

  if (state.suspended) return <Text> </Text>;
  return (
    <ThemeContext.Provider value={theme}>
      <LogsContext.Provider value={logsEnv}>
        {state.views.map((v) => (v.kind === 'logs' ? <LogSessionHost key={v.session} view={v} /> : null))}
        <Box flexDirection="column" width={width} height={height} overflow="hidden">
          <Header state={state} context={context} endpoint={client.endpoint} width={width} />
          <PaneTabs state={state} width={width} />
          <Text color={theme.muted} wrap="truncate">
            {'─'.repeat(width)}
          </Text>
          <Body
            state={state}
            endpoint={client.endpoint}
            width={width}
            height={paneHeight}
            detail={detail}
            now={now}
          />
          <StatusLine state={state} width={width} now={now} />
          <Footer state={state} width={width} />
        </Box>
      </LogsContext.Provider>
    </ThemeContext.Provider>
  );
}
