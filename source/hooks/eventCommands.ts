// The Events pane's own command: from an event to the resource it is about.

import type { Command } from '../keymap.js';
import { eventKey, visibleEvents } from '../store/selectors.js';
import type { PaneId } from '../store/state.js';
import type { ActionContext } from './actionContext.js';
import type { CommandHandler } from './commandHandlers.js';

const PANE_OF: Record<string, PaneId> = {
  container: 'containers',
  image: 'images',
  volume: 'volumes',
  network: 'networks',
};

function openEvent(ctx: ActionContext): void {
  const state = ctx.getState();
  const key = state.lists.events.selectedId;
  const event = visibleEvents(state).find((e) => eventKey(e) === key);
  if (!event) return;
  const pane = PANE_OF[event.type];
  if (!pane) {
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'info', text: `a ${event.type} event has no pane to go to` },
    });
    return;
  }
  if (pane === 'containers' && !state.containers.some((c) => c.id === event.id)) {
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'error', text: `container ${event.name ?? event.id.slice(0, 12)} no longer exists` },
    });
    return;
  }
  ctx.dispatch({ type: 'pane/switch', pane });
  ctx.dispatch({ type: 'select/id', id: event.id });
}

export const EVENT_COMMANDS: Partial<Record<Command, CommandHandler>> = { 'events.open': openEvent };
