// Keys in a tabbed view: tab / ← → switch tabs; everything else scrolls and searches the tab shown.
import type { Key } from 'ink';
import { textViewKey } from '../input/textViewKeys.js';
import type { TabbedView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';

export function tabbedViewKey(view: TabbedView, input: string, key: Key, ctx: ActionContext): void {
  const tab = view.tabs[view.active];
  if (!tab) return;
  const count = view.tabs.length;
  if (!tab.view.searching && (key.tab || key.leftArrow || key.rightArrow)) {
    const back = (key.tab && key.shift) || key.leftArrow;
    ctx.dispatch({
      type: 'view/update',
      view: { ...view, active: (view.active + (back ? count - 1 : 1)) % count },
    });
    return;
  }
  // one line of the view is the tab strip
  const step = textViewKey(tab.view, input, key, Math.max(1, ctx.viewHeight - 1));
  if (!step) return;
  if ('close' in step) ctx.dispatch({ type: 'view/pop' });
  else
    ctx.dispatch({
      type: 'view/update',
      view: { ...view, tabs: view.tabs.map((t, i) => (i === view.active ? { ...t, view: step.view } : t)) },
    });
}
