// Keeps the store in step with the engine: connect, list, follow the event stream, reconnect with backoff.
// Events only mark kinds stale; one throttled re-list follows, never two at once (lazydocker's lesson).
import { classifyError } from '../docker/errors.js';
import type { EngineClient, EngineEvent, ResourceKind } from '../docker/types.js';
import type { Action } from '../store/actions.js';
import { type FirstLook, firstLook, LISTERS, listFailed } from './engineLists.js';
import { followUps } from './followUps.js';

export interface SyncOptions {
  /** The safety-net re-list of containers (their "Up 3 minutes" and any missed event). */
  reconcileMs?: number;
  /** Every how many of those the other kinds are re-listed too (only a missed event changes them). */
  reconcileAllEvery?: number;
  /** The least time between two re-lists. */
  minIntervalMs?: number;
  /** Backoff while the engine is down: first and longest wait. */
  retryMs?: number;
  maxRetryMs?: number;
  /** Called for every event, after the stale marking (the events pane, logs). */
  onEvent?: (event: EngineEvent) => void;
  /** The first look at the engine when it was started before the screen loaded (see cli.tsx). */
  first?: FirstLook;
}

/** How long a container event is applied again on top of the lists that follow it. */
const RECENT_MS = 1000;

/** More containers named than this between two re-lists: the whole list is cheaper to ask for. */
const MAX_IDS = 50;

// Container events that change nothing a list shows.
const QUIET_ACTIONS = /^(exec_|top$|attach$|resize$|archive-path$|extract-to-dir$|export$|commit$|copy$)/;

export interface EngineSync {
  stop(): void;
  /** Marks a kind stale now (after an action of ours, say). */
  refresh(kind?: ResourceKind): void;
}

export function startEngineSync(
  client: EngineClient,
  dispatch: (action: Action) => void,
  options: SyncOptions = {},
): EngineSync {
  // events are the source of truth; this only refreshes the engine's "Up 3 minutes" texts and catches a
  // missed event, so once a minute is enough (and keeps idle CPU near zero). Images, volumes and networks
  // have no such texts: every tenth time.
  const reconcileMs = options.reconcileMs ?? 60_000;
  const reconcileAllEvery = options.reconcileAllEvery ?? 10;
  const minIntervalMs = options.minIntervalMs ?? 80;
  const retryMs = options.retryMs ?? 1000;
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  const kinds = Object.keys(LISTERS) as ResourceKind[];

  let stopped = false;
  let connected = false;
  let attempt = 0;
  let unsubscribe: (() => void) | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let reconcileTimer: NodeJS.Timeout | undefined;
  let relistTimer: NodeJS.Timeout | undefined;
  let first = options.first;
  // the containers events named since the last re-list; undefined when the whole list is stale
  let staleIds: Set<string> | undefined = new Set();
  let inFlight = false;
  // Container events of the last moments: a list asked for just after an event (or answered while one
  // came) may not show it yet, as dockerd 20.10 sends "die" before its list says "exited", so they are
  // applied again on top of every container list.
  const recent: { at: number; event: EngineEvent }[] = [];
  let lastRelist = 0;
  /** Counts connections, so a list from before a reconnect is not applied after it. */
  let connections = 0;
  const stale = new Set<ResourceKind>();

  // a started or stopped container's "Less than a second" brought up to date (followUps.ts)
  const fresh = followUps((ids) => {
    for (const id of ids) markStale('container', id);
  });

  const clearTimers = () => {
    fresh.clear();
    clearTimeout(retryTimer);
    clearInterval(reconcileTimer);
    clearTimeout(relistTimer);
    retryTimer = reconcileTimer = relistTimer = undefined;
  };

  const down = (error: unknown) => {
    if (stopped) return;
    connected = false;
    clearTimers();
    unsubscribe?.();
    unsubscribe = undefined;
    const wait = Math.min(retryMs * 2 ** attempt, maxRetryMs);
    attempt++;
    dispatch({
      type: 'engine/down',
      error: classifyError(error, client.endpoint),
      retryAt: Date.now() + wait,
    });
    retryTimer = setTimeout(connect, wait);
  };

  const schedule = () => {
    if (stopped || !connected || inFlight || relistTimer || stale.size === 0) return;
    const wait = Math.max(0, lastRelist + minIntervalMs - Date.now());
    relistTimer = setTimeout(relist, wait);
  };

  const relist = async () => {
    relistTimer = undefined;
    inFlight = true;
    lastRelist = Date.now();
    const now = [...stale];
    stale.clear();
    // containers named by events are re-listed alone (one small answer, not all 2,000 rows)
    const ids = staleIds?.size && staleIds.size <= MAX_IDS ? [...staleIds] : undefined;
    staleIds = new Set();
    const since = Date.now() - RECENT_MS;
    const session = connections;
    const current = () => !stopped && connected && session === connections;
    // each kind is applied as it comes: one the engine is slow (or stuck) on holds back no other
    const one = async (kind: ResourceKind) => {
      try {
        const action: Action =
          kind === 'container' && ids
            ? { type: 'containers/patched', ids, containers: await client.listContainers(ids) }
            : await LISTERS[kind]!(client);
        if (!current()) return;
        dispatch(action);
        if (kind === 'container') {
          const events = recent.filter(({ at }) => at >= since).map(({ event }) => event);
          if (events.length) dispatch({ type: 'containers/events', events });
        }
      } catch (error) {
        if (!current()) return;
        const failure = classifyError(error, client.endpoint);
        // the engine is gone, or does not answer for its containers: that is the engine down; another
        // kind it cannot list is said, and asked for again at its next event or reconcile
        if (failure.kind === 'daemon-down' || (failure.kind === 'timeout' && kind === 'container')) {
          down(error);
          return;
        }
        dispatch(listFailed(kind, error, client.endpoint));
      }
    };
    await Promise.all(now.map(one));
    inFlight = false;
    schedule();
  };

  /** A kind to re-list; for containers, `id` narrows it to that one (without, the whole list). */
  const markStale = (kind: ResourceKind, id?: string) => {
    if (!LISTERS[kind]) return;
    if (kind === 'container') {
      if (id && staleIds) staleIds.add(id);
      else staleIds = undefined;
    }
    stale.add(kind);
    schedule();
  };

  const onEvent = (event: EngineEvent) => {
    if (event.type === 'container' && QUIET_ACTIONS.test(event.action)) {
      options.onEvent?.(event);
      return;
    }
    if (event.type === 'container') {
      dispatch({ type: 'containers/event', event });
      const now = Date.now();
      let old = 0;
      while (old < recent.length && recent[old]!.at < now - RECENT_MS) old++;
      if (old) recent.splice(0, old);
      recent.push({ at: now, event });
    }
    if (event.type === 'container') {
      markStale('container', event.id);
      if (event.action === 'start' || event.action === 'die') fresh.add(event.id);
    }
    if (event.type === 'image' || event.type === 'volume' || event.type === 'network') markStale(event.type);
    // a container joining or leaving a network changes the container's row too
    if (event.type === 'network' && (event.action === 'connect' || event.action === 'disconnect')) {
      markStale('container', event.attributes.container);
    }
    options.onEvent?.(event);
  };

  async function connect() {
    retryTimer = undefined;
    if (stopped) return;
    try {
      const given = first;
      first = undefined;
      // a second early, in case the engine's clock is a little behind ours; a replayed event changes nothing
      const since = (given?.at ?? Date.now()) - 1000;
      const look = given ?? firstLook(client);
      const actions = await look.actions;
      if (stopped) return;
      attempt = 0;
      connected = true;
      const session = ++connections;
      if (!given?.ready) for (const action of actions) dispatch(action);
      for (const { kind, action } of look.later) {
        action.then(
          (loaded) => {
            if (!stopped && connected && session === connections) dispatch(loaded);
          },
          (error: unknown) => {
            // a lost engine is told by the event stream closing
            if (stopped || !connected || session !== connections) return;
            if (classifyError(error, client.endpoint).kind === 'daemon-down') return;
            dispatch(listFailed(kind, error, client.endpoint));
          },
        );
      }
      lastRelist = Date.now();
      unsubscribe = client.events(
        { onEvent, onClose: (error) => down(error ?? new Error('the event stream ended')) },
        since,
      );
      let ticks = 0;
      reconcileTimer = setInterval(() => {
        if (++ticks % reconcileAllEvery === 0) for (const kind of kinds) markStale(kind);
        else markStale('container');
      }, reconcileMs);
      reconcileTimer.unref?.();
    } catch (error) {
      down(error);
    }
  }

  void connect();

  return {
    stop() {
      stopped = true;
      clearTimers();
      unsubscribe?.();
    },
    refresh(kind) {
      if (kind) markStale(kind);
      else for (const k of kinds) markStale(k);
    },
  };
}
