// What berth lists of the engine, and its first look: the version and the containers for the first frame,
// the other kinds as they come (an engine stuck on one of them holds no other back).
import { classifyError, describeError } from '../docker/errors.js';
import type { EngineClient, ResourceKind } from '../docker/types.js';
import type { Action } from '../store/actions.js';

export interface FirstLook {
  /** The engine's version and its containers: what the first frame waits for. */
  actions: Promise<Action[]>;
  /** The other kinds' lists, each dispatched when it comes (one the engine never answers holds no other). */
  later: Later[];
  /** When it was asked (Unix ms): events are followed from then on. */
  at: number;
  /** Its actions when they came before the first frame: the first state holds them (not dispatched again). */
  ready?: Action[];
}

type Lister = (client: EngineClient) => Promise<Action>;

/** What each kind's re-list dispatches; panes add their kinds here. */
export const LISTERS: Partial<Record<ResourceKind, Lister>> = {
  container: async (client) => ({ type: 'containers/loaded', containers: await client.listContainers() }),
  image: async (client) => ({ type: 'images/loaded', images: await client.listImages() }),
  volume: async (client) => ({ type: 'volumes/loaded', volumes: await client.listVolumes() }),
  network: async (client) => ({ type: 'networks/loaded', networks: await client.listNetworks() }),
};

export interface Later {
  kind: ResourceKind;
  action: Promise<Action>;
}

/** Version and every list at once: one round trip to the first frame. */
export function firstLook(client: EngineClient): Pick<FirstLook, 'actions' | 'later'> {
  const later = (Object.keys(LISTERS) as ResourceKind[])
    .filter((kind) => kind !== 'container')
    .map((kind) => ({ kind, action: LISTERS[kind]!(client) }));
  // answered later, or never: not a rejection nobody handles in the meantime
  for (const { action } of later) action.catch(() => undefined);
  const actions = Promise.all([client.version(), LISTERS.container!(client)]).then(
    ([version, containers]): Action[] => [{ type: 'engine/up', version }, containers],
  );
  return { actions, later };
}

/** The status line's words for a list that failed while the engine is otherwise up. */
export function listFailed(kind: ResourceKind, error: unknown, endpoint: string): Action {
  return {
    type: 'status/set',
    status: {
      level: 'error',
      text: `listing ${kind}s failed: ${describeError(classifyError(error, endpoint))}`,
    },
  };
}
