// An ActionContext over a real engine for tests of whole actions: the real client, reducer and engine sync;
// the terminal is a pair of streams the test writes keys into and reads the container's output from.
import { PassThrough } from 'node:stream';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import type { ActionContext } from '../../source/hooks/actionContext.js';
import { startEngineSync } from '../../source/hooks/engineSync.js';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { initialState, type State } from '../../source/store/state.js';
import { testHost } from './docker.js';

export interface TestTerminal {
  stdin: PassThrough;
  /** Everything the session wrote. */
  output: () => string;
}

export interface TestContext {
  ctx: ActionContext;
  actions: Action[];
  terminal: TestTerminal;
  /** How many times the terminal was handed over. */
  handovers: () => number;
  stop: () => void;
}

export function testContext(): TestContext {
  const client = createClient(parseEndpoint(testHost()));
  let state: State = initialState();
  const actions: Action[] = [];
  const dispatch = (action: Action) => {
    actions.push(action);
    state = reducer(state, action);
  };
  const sync = startEngineSync(client, dispatch, { reconcileMs: 60_000 });
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  let written = '';
  stdout.on('data', (chunk: Buffer) => {
    written += chunk.toString();
  });
  Object.assign(stdout, { rows: 24, columns: 80 });
  let handovers = 0;
  const ctx: ActionContext = {
    client,
    getState: () => state,
    dispatch,
    refresh: (kind) => sync.refresh(kind),
    handOverTerminal: async (session) => {
      handovers++;
      await session({
        stdin: stdin as unknown as NodeJS.ReadStream,
        stdout: stdout as unknown as NodeJS.WriteStream,
      });
    },
    quit: () => undefined,
    switchContext: () => 'no contexts in this test',
    pageSize: 10,
    viewHeight: 10,
  };
  return {
    ctx,
    actions,
    terminal: { stdin, output: () => written },
    handovers: () => handovers,
    stop: () => sync.stop(),
  };
}
