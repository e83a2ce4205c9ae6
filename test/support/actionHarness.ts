// The command and dialog paths of the app without the screen: a real engine client, the real reducer,
// and keys routed exactly as the app routes them. For engine tests of what keys do.
import { PassThrough } from 'node:stream';
import type { Key } from 'ink';
import { createClient } from '../../source/docker/client.js';
import { resolveEndpoint } from '../../source/docker/endpoint.js';
import type { EngineClient, TerminalIO } from '../../source/docker/types.js';
import type { ActionContext, TerminalSession } from '../../source/hooks/actionContext.js';
import { routeInput } from '../../source/hooks/useInputRouter.js';
import { plainKey } from '../../source/input/keyName.js';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { initialState, type State } from '../../source/store/state.js';
import { testHost } from './docker.js';

export interface Harness {
  ctx: ActionContext;
  client: EngineClient;
  state: () => State;
  /** Lists the containers now (what the event stream would bring). */
  relist: () => Promise<void>;
  /** A key as the app gets it from ink: 'x', 'y', ' ', or a named key like 'escape'. */
  press: (input: string, key?: Partial<Key>) => void;
  /** Puts the selection on a container (listing first). */
  select: (id: string) => Promise<void>;
  /** What the terminal sessions wrote (a shell's output, the attach notice). */
  sessionOutput: () => string;
  /** Sets what the next terminal session reads from its keyboard. */
  sessionKeys: PassThrough;
}

const NO_KEY = plainKey;

export function harness(options: { readOnly?: boolean } = {}): Harness {
  const client = createClient(resolveEndpoint(testHost()));
  let state = initialState({ readOnly: options.readOnly });
  const dispatch = (action: Action) => {
    state = reducer(state, action);
  };
  const relist = async () =>
    dispatch({ type: 'containers/loaded', containers: await client.listContainers() });
  let output = '';
  const sessionKeys = new PassThrough();
  const handOverTerminal = async (session: TerminalSession) => {
    dispatch({ type: 'terminal/suspend' });
    const stdout = new PassThrough();
    stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    try {
      await session({ stdin: sessionKeys, stdout } as unknown as TerminalIO);
    } finally {
      dispatch({ type: 'terminal/resume' });
    }
  };
  const ctx: ActionContext = {
    client,
    getState: () => state,
    dispatch,
    refresh: () => {
      void relist();
    },
    handOverTerminal,
    quit: () => undefined,
    switchContext: () => 'contexts are not switched in these tests',
    pageSize: 10,
    viewHeight: 20,
  };
  return {
    ctx,
    client,
    state: () => state,
    relist,
    press: (input, key = {}) => routeInput(input, { ...NO_KEY, ...key }, ctx),
    async select(id) {
      await relist();
      dispatch({ type: 'select/id', id });
      if (state.lists.containers.selectedId !== id) throw new Error(`container ${id} is not in the list`);
    },
    sessionOutput: () => output,
    sessionKeys,
  };
}
