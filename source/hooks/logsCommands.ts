// Opening logs from the containers pane: l (the selected or the marked containers), L (the selected
// container's compose project), o (the logs preview below the list).
import type { Command } from '../keymap.js';
import { logSessions } from '../logs/registry.js';
import { selectedContainer } from '../store/selectors.js';
import { logsView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import type { CommandHandler } from './commandHandlers.js';

export function openLogs(ctx: ActionContext, targets: string[]) {
  ctx.dispatch({ type: 'view/push', view: logsView(logSessions.nextId(), targets) });
  ctx.dispatch({ type: 'status/set', status: undefined });
}

export const LOGS_COMMANDS: Partial<Record<Command, CommandHandler>> = {
  'logs.open': (ctx) => {
    const state = ctx.getState();
    const known = new Set(state.containers.map((c) => c.id));
    const marked = state.marked.containers.filter((id) => known.has(id));
    if (marked.length > 0) return openLogs(ctx, marked);
    const selected = selectedContainer(state);
    if (!selected) {
      ctx.dispatch({ type: 'status/set', status: { level: 'error', text: 'no container selected' } });
      return;
    }
    openLogs(ctx, [selected.id]);
  },
  'logs.project': (ctx) => {
    const state = ctx.getState();
    const selected = selectedContainer(state);
    if (!selected?.project) {
      ctx.dispatch({
        type: 'status/set',
        status: { level: 'error', text: 'the selected container is not part of a compose project' },
      });
      return;
    }
    const members = state.containers.filter((c) => c.project === selected.project);
    openLogs(
      ctx,
      members.map((c) => c.id),
    );
  },
  'logs.preview': (ctx) => ctx.dispatch({ type: 'logs/preview' }),
};
