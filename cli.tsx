// flags → engine client → its first look → the screen; nothing else.
import './source/ttyEnv.js';
import meow from 'meow';
import { createClient } from './source/docker/client.js';
import { ContextError } from './source/docker/context.js';
import { EndpointError } from './source/docker/endpoint.js';
import { takePrefetched } from './source/docker/prefetch.js';
import { chooseEngine, type EngineChoice } from './source/docker/resolve.js';
import { firstLook } from './source/hooks/engineLists.js';
import { logSessions } from './source/logs/registry.js';
import { DEFAULT_CAPACITY } from './source/logs/session.js';
import type { State } from './source/store/state.js';
import { logsView } from './source/store/views.js';
import { restoreTerminal } from './source/terminal.js';
import { pickTheme } from './source/theme.js';

/** package.json's name, version, description and bin, put in by the build (scripts/build.mjs). */
declare const __BERTH_PKG__: Record<string, unknown>;

const cli = meow(
  `
  Usage
    $ berth [options]
    $ berth logs NAME…  [options]     straight into the following logs of containers (merged when several)

  Options
    --host URL        engine address: unix:///path, tcp://host:port, ssh://user@host (else DOCKER_HOST)
    --context NAME    a docker CLI context (else DOCKER_CONTEXT, else the CLI's current context)
    --read-only       no action that changes the engine: no start, stop, remove, run or exec
    --all             show stopped containers too (the default; --no-all shows running ones only)
    --theme NAME      colour theme: dark (default) or no-color
    --no-color        no colours (also when NO_COLOR is set)
    --log-lines N     log lines kept per container (default 10000; else BERTH_LOG_LINES)
    --version         print the version
    --help            print this help

  Keys
    1-6 panes · j/k move · / filter · ? help · q quit
    s start · x stop · r restart · p pause · K kill · d remove · space mark
    e shell · ! run a command · a attach · i inspect

  Environment
    BERTH_SHELL       the shell e opens in a container (else the first of /bin/bash, /bin/ash, /bin/sh)

  Examples
    $ berth
    $ berth --host unix:///run/user/1000/docker.sock --read-only
`,
  {
    importMeta: import.meta,
    pkg: __BERTH_PKG__,
    flags: {
      host: { type: 'string' },
      context: { type: 'string' },
      readOnly: { type: 'boolean', default: false },
      all: { type: 'boolean', default: true },
      theme: { type: 'string' },
      color: { type: 'boolean', default: true },
      logLines: { type: 'string' },
    },
  },
);

function fail(message: string): never {
  process.stderr.write(`berth: ${message}\n`);
  process.exit(2);
}

const [command, ...names] = cli.input;
let init: ((state: State) => State) | undefined;
if (command === 'logs') {
  if (names.length === 0) fail('berth logs NAME…: name at least one container (a name or an id)');
  const view = logsView(logSessions.nextId(), names);
  init = (state) => ({ ...state, views: [view] });
} else if (command !== undefined) {
  fail(`unknown command "${command}": berth takes "logs NAME…" or no command (berth --help)`);
}

const logLinesText = cli.flags.logLines ?? process.env.BERTH_LOG_LINES;
const logLines = logLinesText === undefined || logLinesText === '' ? DEFAULT_CAPACITY : Number(logLinesText);
if (!Number.isInteger(logLines) || logLines < 10 || logLines > 10_000_000) {
  fail(`--log-lines (or BERTH_LOG_LINES) must be a whole number from 10 to 10000000, not "${logLinesText}"`);
}

let choice: EngineChoice;
try {
  choice = chooseEngine({ host: cli.flags.host, context: cli.flags.context });
} catch (error) {
  if (error instanceof ContextError || error instanceof EndpointError) fail(error.message);
  throw error;
}

if (!process.stdout.isTTY || !process.stdin.isTTY) {
  fail('berth is a full-screen terminal program: run it in a terminal (stdin and stdout must be a TTY)');
}

const noColor = !cli.flags.color || (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '');

// Ask the engine first, then load the screen (ink, React, the components) while the answer travels; the
// first frame then shows the list instead of "connecting…" (DESIGN.md §7: start → list ≤ 250 ms).
async function open(choice: EngineChoice): Promise<void> {
  const client = createClient(choice.endpoint, { prefetched: takePrefetched(choice.endpoint.socketPath) });
  const at = Date.now();
  const look = firstLook(client);
  const arrived = look.actions.then(
    (list) => list,
    () => undefined, // the engine is down: the screen says so, and why (engineSync reads the same promise)
  );
  const { openScreen } = await import('./source/screen.js');
  // a slow engine (ssh, far away) gets a "connecting…" frame rather than a blank terminal
  const ready = await Promise.race([arrived, new Promise<undefined>((done) => setTimeout(done, 150))]);
  await openScreen({
    choice,
    client,
    first: { ...look, at, ready },
    readOnly: cli.flags.readOnly,
    showStopped: cli.flags.all,
    theme: pickTheme(cli.flags.theme, noColor),
    init,
    logLines,
  });
}

// no top-level await: the bundle is a script, so V8 can cache its compiled code (scripts/build.mjs)
open(choice).then(
  () => process.exit(0),
  (error: unknown) => {
    restoreTerminal(); // the message must land on the main screen
    process.stderr.write(
      `berth: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
