// Keys in a full-screen text view (inspect, command output): scroll, search with /, n/N between matches. Pure.
import type { Key } from 'ink';
import { searchMatches, type TextView } from '../store/views.js';
import { editLine } from './editLine.js';

export type TextViewStep = { view: TextView } | { close: true } | undefined;

function scrollTo(view: TextView, top: number, height: number): TextView {
  const max = Math.max(0, view.lines.length - height);
  return { ...view, top: Math.max(0, Math.min(top, max)) };
}

/** The next match after (or before) the top line, wrapping around. */
function jump(view: TextView, direction: 1 | -1, height: number): TextView {
  const matches = searchMatches(view);
  if (matches.length === 0) return view;
  const next =
    direction === 1
      ? (matches.find((i) => i > view.top) ?? matches[0]!)
      : (matches.findLast((i) => i < view.top) ?? matches[matches.length - 1]!);
  return scrollTo(view, next, height);
}

export function textViewKey(view: TextView, input: string, key: Key, height: number): TextViewStep {
  if (view.searching) {
    if (key.escape) return { view: { ...view, searching: false, search: '' } };
    if (key.return) return { view: jump({ ...view, searching: false }, 1, height) };
    const search = editLine(view.search, input, key);
    return search === undefined ? undefined : { view: { ...view, search } };
  }
  const page = Math.max(1, height - 1);
  if (key.escape || input === 'q') return { close: true };
  if (input === 'j' || key.downArrow) return { view: scrollTo(view, view.top + 1, height) };
  if (input === 'k' || key.upArrow) return { view: scrollTo(view, view.top - 1, height) };
  if (key.pageDown || (key.ctrl && input === 'd') || input === ' ')
    return { view: scrollTo(view, view.top + page, height) };
  if (key.pageUp || (key.ctrl && input === 'u')) return { view: scrollTo(view, view.top - page, height) };
  if (input === 'g' || key.home) return { view: scrollTo(view, 0, height) };
  if (input === 'G' || key.end) return { view: scrollTo(view, view.lines.length, height) };
  if (input === '/') return { view: { ...view, searching: true, search: '' } };
  if (input === 'n') return { view: jump(view, 1, height) };
  if (input === 'N') return { view: jump(view, -1, height) };
  return undefined;
}
