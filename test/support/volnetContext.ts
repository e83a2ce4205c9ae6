// A real ActionContext for engine tests: the real client on the private engine, the real reducer, and the
// real listers, so a key's handler runs exactly as in the app and the test reads what the user would.
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import type { EngineClient, ResourceKind } from '../../source/docker/types.js';
import type { ActionContext } from '../../source/hooks/actionContext.js';
import { LISTERS } from '../../source/hooks/engineLists.js';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { initialState, type PaneId, type State } from '../../source/store/state.js';
import { waitFor } from './docker.js';

export interface TestContext extends ActionContext {
  /** Lists every kind (or one) into the state now. */
  load: (kind?: ResourceKind) => Promise<void>;
  /** Waits for the status line to match, and returns its text. */
  statusMatching: (pattern: RegExp) => Promise<string>;
}

export function testContext(host: string, pane: PaneId = 'containers'): TestContext {
  const client: EngineClient = createClient(parseEndpoint(host, {}));
  let state: State = { ...initialState(), pane };
  const dispatch = (action: Action) => {
    state = reducer(state, action);
  };
  const load = async (kind?: ResourceKind) => {
    const kinds = kind ? [kind] : (Object.keys(LISTERS) as ResourceKind[]);
    for (const k of kinds) dispatch(await LISTERS[k]!(client));
  };
  return {
    client,
    getState: () => state,
    dispatch,
    refresh: (kind) => void load(kind),
    handOverTerminal: async () => undefined,
    quit: () => undefined,
    switchContext: () => 'no contexts in tests',
    pageSize: 10,
    viewHeight: 20,
    load,
    statusMatching: (pattern) =>
      waitFor(() => {
        const text = state.status?.text;
        return text !== undefined && pattern.test(text) ? text : undefined;
      }),
  };
}
