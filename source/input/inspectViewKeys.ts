// Keys in the inspect view: tab / shift-tab (or → / ←) between Inspect, Env and Top; the rest as in any
// text view (scroll, / search, n/N, q closes). Pure.
import type { Key } from 'ink';
import { INSPECT_TABS, type InspectTab, type InspectView, textView } from '../store/views.js';
import { textViewKey } from './textViewKeys.js';

export type InspectViewStep = { view: InspectView } | { close: true } | undefined;

export function showTab(view: InspectView, tab: InspectTab): InspectView {
  return { ...view, tab, lines: view.tabs[tab], top: 0 };
}

export function inspectViewKey(view: InspectView, input: string, key: Key, height: number): InspectViewStep {
  if (!view.searching) {
    const step = key.tab ? (key.shift ? -1 : 1) : key.rightArrow ? 1 : key.leftArrow ? -1 : 0;
    if (step) {
      const at = INSPECT_TABS.indexOf(view.tab);
      return { view: showTab(view, INSPECT_TABS[(at + step + INSPECT_TABS.length) % INSPECT_TABS.length]!) };
    }
  }
  // the scrolling and searching of a text view, on this view's fields
  const text = { ...textView('', view.lines), top: view.top, search: view.search, searching: view.searching };
  const step = textViewKey(text, input, key, height);
  if (!step || 'close' in step) return step;
  return { view: { ...view, top: step.view.top, search: step.view.search, searching: step.view.searching } };
}
