// Which containers an action applies to (the marked ones, else the selected one), and how to name them.
import type { Container } from '../docker/types.js';
import { selectedContainer } from '../store/selectors.js';
import type { State } from '../store/state.js';
import type { ActionContext } from './actionContext.js';

export const isUp = (c: Container) =>
  c.state === 'running' || c.state === 'paused' || c.state === 'restarting';

/** What an action applies to: every marked container (in list order), else the selected one. */
export function targets(state: State): Container[] {
  const marked = state.marked.containers;
  if (marked.length) {
    const set = new Set(marked);
    return state.containers.filter((c) => set.has(c.id));
  }
  const selected = selectedContainer(state);
  return selected ? [selected] : [];
}

/** Marked ids whose container is gone (removed meanwhile) still count, by id, so a bulk action reports them. */
export function targetItems(state: State): { id: string; label: string }[] {
  const marked = state.marked.containers;
  if (!marked.length) return targets(state).map((c) => ({ id: c.id, label: c.name }));
  const byId = new Map(state.containers.map((c) => [c.id, c]));
  return marked.map((id) => ({ id, label: byId.get(id)?.name ?? id.slice(0, 12) }));
}

export function say(ctx: ActionContext, text: string, level: 'info' | 'error' = 'info'): void {
  ctx.dispatch({ type: 'status/set', status: { level, text } });
}

export const nameOf = (state: State, id: string) =>
  state.containers.find((c) => c.id === id)?.name ?? id.slice(0, 12);
