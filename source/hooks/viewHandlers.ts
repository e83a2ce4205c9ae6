// Keys for each kind of full-screen view. Features with their own views (logs) register a handler here.
import type { Key } from 'ink';
import { textViewKey } from '../input/textViewKeys.js';
import type { View } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import { logsViewKey } from './logsKeys.js';

type ViewHandler<V extends View> = (view: V, input: string, key: Key, ctx: ActionContext) => void;

export const VIEW_HANDLERS: { [K in View['kind']]: ViewHandler<Extract<View, { kind: K }>> } = {
  text: (view, input, key, ctx) => {
    const step = textViewKey(view, input, key, ctx.viewHeight);
    if (!step) return;
    if ('close' in step) ctx.dispatch({ type: 'view/pop' });
    else ctx.dispatch({ type: 'view/update', view: step.view });
  },
  logs: logsViewKey,
};

export function handleViewKey(view: View, input: string, key: Key, ctx: ActionContext): void {
  (VIEW_HANDLERS[view.kind] as ViewHandler<View>)(view, input, key, ctx);
}
