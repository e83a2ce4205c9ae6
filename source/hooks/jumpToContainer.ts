// From a volume or a network to the containers that use it: one container is selected in the containers
// pane at once; several are offered in a pick dialog first.

import { byText } from '../compare.js';
import type { Container } from '../docker/types.js';
import { paneIds } from '../store/selectors.js';
import type { ActionContext } from './actionContext.js';

/** Switches to the containers pane with the container selected, showing it even if filtered or stopped. */
export function jumpToContainer(ctx: ActionContext, id: string): void {
  const container = ctx.getState().containers.find((c) => c.id === id);
  if (!container) {
    ctx.dispatch({ type: 'status/set', status: { level: 'error', text: 'that container is gone' } });
    return;
  }
  ctx.dispatch({ type: 'pane/switch', pane: 'containers' });
  const listed = () => paneIds(ctx.getState(), 'containers').includes(id);
  if (!listed() && ctx.getState().lists.containers.filter) ctx.dispatch({ type: 'filter/set', text: '' });
  if (!listed() && !ctx.getState().showStopped) ctx.dispatch({ type: 'stopped/toggle' });
  ctx.dispatch({ type: 'select/id', id });
  ctx.dispatch({ type: 'status/set', status: undefined });
}

export function containerLabel(c: Container): string {
  return `${c.name}  ${c.state}  ${c.image}`;
}

/** `what`: "using volume data" — for the dialog's title and for the "none" message. */
export function jumpToContainers(ctx: ActionContext, containers: readonly Container[], what: string): void {
  if (containers.length === 0) {
    ctx.dispatch({ type: 'status/set', status: { level: 'info', text: `no container ${what}` } });
    return;
  }
  if (containers.length === 1) {
    jumpToContainer(ctx, containers[0]!.id);
    return;
  }
  ctx.dispatch({
    type: 'dialog/open',
    dialog: {
      kind: 'pick',
      title: `Containers ${what}`,
      items: [...containers]
        .sort((a, b) => byText(a.name, b.name))
        .map((c) => ({ id: c.id, label: containerLabel(c) })),
      selected: 0,
      filter: '',
      intent: { type: 'container/jump' },
    },
  });
}
