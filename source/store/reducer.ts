// The one place state changes: a pure function of the state and an action.

import type { Container } from '../docker/types.js';
import type { Action } from './actions.js';
import { applyContainerEvents, patchContainers } from './containerEvents.js';
import { paneIds, selectionIndex } from './selectors.js';
import { EVENT_LOG_SIZE, type ListState, PANES, type PaneId, type State } from './state.js';

function withList(state: State, pane: PaneId, list: Partial<ListState>): State {
  return { ...state, lists: { ...state.lists, [pane]: { ...state.lists[pane], ...list } } };
}

/** Puts the selection on row `index` of the pane's current list (clamped). */
function selectAt(state: State, pane: PaneId, index: number): State {
  const ids = paneIds(state, pane);
  if (ids.length === 0) return withList(state, pane, { selectedIndex: 0, selectedId: undefined });
  const at = Math.max(0, Math.min(index, ids.length - 1));
  return withList(state, pane, { selectedIndex: at, selectedId: ids[at] });
}

/** After the rows changed, keep the selection on its resource, or near where it was. */
function reselect(state: State, pane: PaneId): State {
  const list = state.lists[pane];
  const ids = paneIds(state, pane);
  const at = selectionIndex(ids, list.selectedId, list.selectedIndex);
  if (at < 0) return list.selectedId === undefined ? state : withList(state, pane, { selectedId: undefined });
  if (ids[at] === list.selectedId && at === list.selectedIndex) return state;
  return withList(state, pane, { selectedIndex: at, selectedId: ids[at] });
}

/** Whether two lists from the engine say the same: a periodic re-list usually does. */
function sameJson(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

/** A new container list; marks on containers that are gone (removed) go with them. */
function withContainers(state: State, containers: Container[]): State {
  let marked = state.marked;
  if (marked.containers.length) {
    const present = new Set(containers.map((c) => c.id));
    const kept = marked.containers.filter((id) => present.has(id));
    if (kept.length !== marked.containers.length) marked = { ...marked, containers: kept };
  }
  return reselect({ ...state, containers, containersLoaded: true, marked }, 'containers');
}

export function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'engine/up':
      return { ...state, engine: { state: 'up', version: action.version } };
    case 'engine/down':
      return {
        ...state,
        engine: { ...state.engine, state: 'down', error: action.error, retryAt: action.retryAt },
      };
    case 'containers/loaded':
      // a re-list that finds nothing new changes nothing
      if (state.containersLoaded && sameJson(state.containers, action.containers)) return state;
      return withContainers(state, action.containers);
    case 'containers/patched': {
      const containers = patchContainers(state.containers, action.ids, action.containers);
      return containers === state.containers ? state : withContainers(state, containers);
    }
    case 'images/loaded':
      if (state.imagesLoaded && sameJson(state.images, action.images)) return state;
      return reselect({ ...state, images: action.images, imagesLoaded: true }, 'images');
    case 'dangling/toggle':
      return reselect({ ...state, showDangling: !state.showDangling }, 'images');
    case 'images/select': {
      const at = paneIds(state, 'images').indexOf(action.id);
      return at < 0 ? state : withList(state, 'images', { selectedIndex: at, selectedId: action.id });
    }
    case 'volumes/loaded':
      if (state.volumesLoaded && sameJson(state.volumes, action.volumes)) return state;
      return reselect({ ...state, volumes: action.volumes, volumesLoaded: true }, 'volumes');
    case 'volumes/usage':
      return { ...state, volumeUsage: { sizes: action.sizes, at: action.at } };
    case 'networks/loaded':
      if (state.networksLoaded && sameJson(state.networks, action.networks)) return state;
      return reselect({ ...state, networks: action.networks, networksLoaded: true }, 'networks');
    case 'containers/event':
    case 'containers/events': {
      const events = action.type === 'containers/event' ? [action.event] : action.events;
      const containers = applyContainerEvents(state.containers, events);
      return containers === state.containers ? state : reselect({ ...state, containers }, 'containers');
    }
    case 'events/append': {
      const events = [...state.events, ...action.events].slice(-EVENT_LOG_SIZE);
      // a selection on the newest event follows the log; one further down stays where it is
      const following = selectionIndex(paneIds(state, 'events'), state.lists.events.selectedId, 0) <= 0;
      const next = { ...state, events };
      return following ? selectAt(next, 'events', 0) : reselect(next, 'events');
    }
    case 'system/loaded':
      return {
        ...state,
        system: { info: action.info, disk: action.disk ?? state.system.disk, at: action.at },
      };
    case 'system/failed':
      return { ...state, system: { ...state.system, error: action.error } };
    case 'pane/switch':
      return state.pane === action.pane ? state : { ...state, pane: action.pane, mode: 'normal' };
    case 'pane/cycle': {
      const at = PANES.indexOf(state.pane);
      const pane = PANES[(at + action.delta + PANES.length) % PANES.length]!;
      return { ...state, pane, mode: 'normal' };
    }
    case 'select/move': {
      const list = state.lists[state.pane];
      const current = selectionIndex(paneIds(state, state.pane), list.selectedId, list.selectedIndex);
      return selectAt(state, state.pane, Math.max(0, current) + action.delta);
    }
    case 'select/edge':
      return selectAt(state, state.pane, action.edge === 'top' ? 0 : Number.MAX_SAFE_INTEGER);
    case 'select/id': {
      const at = paneIds(state, state.pane).indexOf(action.id);
      return at < 0 ? state : selectAt(state, state.pane, at);
    }
    case 'filter/set':
      return reselect(withList(state, state.pane, { filter: action.text }), state.pane);
    case 'command/set':
      return { ...state, commandLine: action.text };
    case 'mode/set':
      return state.mode === action.mode ? state : { ...state, mode: action.mode };
    case 'stopped/toggle':
      return reselect({ ...state, showStopped: !state.showStopped }, 'containers');
    case 'status/set':
      return { ...state, status: action.status };
    case 'mark/toggle': {
      const marked = state.marked[state.pane];
      const next = marked.includes(action.id)
        ? marked.filter((id) => id !== action.id)
        : [...marked, action.id];
      return { ...state, marked: { ...state.marked, [state.pane]: next } };
    }
    case 'mark/clear':
      return { ...state, marked: { ...state.marked, [action.pane ?? state.pane]: [] } };
    case 'pending/set': {
      const pending = { ...state.pending };
      for (const id of action.ids) pending[id] = action.text;
      return { ...state, pending };
    }
    case 'pending/clear': {
      const pending = { ...state.pending };
      for (const id of action.ids) delete pending[id];
      return { ...state, pending };
    }
    case 'dialog/open':
    case 'dialog/update':
      return { ...state, dialog: action.dialog };
    case 'dialog/close':
      return state.dialog ? { ...state, dialog: undefined } : state;
    case 'view/push':
      return { ...state, views: [...state.views, action.view], mode: 'normal' };
    case 'view/update':
      return state.views.length === 0
        ? state
        : { ...state, views: [...state.views.slice(0, -1), action.view] };
    case 'view/replaceById': {
      const { view } = action;
      const at = state.views.findIndex((v) => v.kind === view.kind && 'id' in v && v.id === view.id);
      return at < 0 ? state : { ...state, views: state.views.map((v, i) => (i === at ? view : v)) };
    }
    case 'view/pop':
      return state.views.length === 0 ? state : { ...state, views: state.views.slice(0, -1) };
    case 'terminal/suspend':
      return { ...state, suspended: true };
    case 'terminal/resume':
      return { ...state, suspended: false };
    case 'logs/preview':
      return { ...state, logsPreview: !state.logsPreview };
  }
}
