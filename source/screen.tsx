// The full screen: loaded by cli.tsx only after it has asked the engine for its first look, so ink and
// the components load while that request is on the wire.
import { render } from 'ink';
import { Root } from './components/Root.js';
import type { EngineChoice } from './docker/resolve.js';
import type { EngineClient } from './docker/types.js';
import type { FirstLook } from './hooks/engineLists.js';
import type { State } from './store/state.js';
import { enterFullscreen, installExitHandlers, restoreTerminal } from './terminal.js';
import type { Theme } from './theme.js';

export interface ScreenOptions {
  choice: EngineChoice;
  client: EngineClient;
  first: FirstLook;
  readOnly: boolean;
  showStopped: boolean;
  theme: Theme;
  init?: (state: State) => State;
  logLines: number;
}

/** Draws berth until the user quits; the terminal is restored on every way out. */
export async function openScreen({ choice, client, first, ...props }: ScreenOptions): Promise<void> {
  installExitHandlers((error) => {
    process.stderr.write(
      `berth: crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  });
  enterFullscreen();
  const app = render(<Root choice={choice} client={client} first={first} {...props} />, {
    exitOnCtrlC: false,
    patchConsole: false,
    incrementalRendering: true,
    // ink holds a frame back until 1/maxFps after the last one, so a key pressed just after a log or
    // event frame waited up to 1/maxFps for its own (the p95 of key → frame under a log firehose). Every
    // source of background frames already batches its own (logs, events, re-lists: 50–100 ms), so ink's
    // throttle only has to join the commits of one moment.
    maxFps: 1000,
  });
  await app.waitUntilExit();
  restoreTerminal();
}
