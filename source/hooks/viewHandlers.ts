// Keys for each kind of full-screen view. Features with their own views (logs) register a handler here.
import type { Key } from 'ink';
import { inspectViewKey } from '../input/inspectViewKeys.js';
import { textViewKey } from '../input/textViewKeys.js';
import type { View } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import { logsViewKey } from './logsKeys.js';
import { cancelPull } from './pullTask.js';
import { tabbedViewKey } from './tabbedViewKeys.js';

type ViewHandler<V extends View> = (view: V, input: string, key: Key, ctx: ActionContext) => void;

export const VIEW_HANDLERS: { [K in View['kind']]: ViewHandler<Extract<View, { kind: K }>> } = {
  text: (view, input, key, ctx) => {
    const step = textViewKey(view, input, key, ctx.viewHeight);
    if (!step) return;
    if ('close' in step) ctx.dispatch({ type: 'view/pop' });
    else ctx.dispatch({ type: 'view/update', view: step.view });
  },
  inspect: (view, input, key, ctx) => {
    // the title and the tab bar take two lines of the view
    const step = inspectViewKey(view, input, key, Math.max(1, ctx.viewHeight - 1));
    if (!step) return;
    if ('close' in step) ctx.dispatch({ type: 'view/pop' });
    else ctx.dispatch({ type: 'view/update', view: step.view });
  },
  tabbed: tabbedViewKey,
  // esc cancels a pull that still runs, else closes; q and enter close (a running pull goes on).
  progress: (view, input, key, ctx) => {
    if (key.escape && cancelPull(view.id)) return;
    if (key.escape || key.return || input === 'q') ctx.dispatch({ type: 'view/pop' });
  },
  logs: logsViewKey,
};

export function handleViewKey(view: View, input: string, key: Key, ctx: ActionContext): void {
  (VIEW_HANDLERS[view.kind] as ViewHandler<View>)(view, input, key, ctx);
}
