// Where the current line and the top line are in the lines shown, and how keys move them. Positions are
// kept as line uids, so new lines arriving (or old ones dropping out of the store) don't move the view.
import type { LogLine } from '../docker/types.js';
import type { LogsView } from '../store/views.js';
import { indexOf, type Lines } from './lines.js';

/** The index of the line with this uid, or of the nearest one after it (uids grow with time). */
export function indexOfUid(lines: Lines, uid: number | undefined): number {
  if (uid === undefined || lines.length === 0) return -1;
  const at = indexOf(lines, uid);
  if (at >= 0) return at;
  // gone (dropped from the store, or filtered out): the first line newer than it
  let best = -1;
  for (let i = 0; i < lines.length; i++)
    if (lines.uid(i) > uid && (best < 0 || lines.uid(i) < lines.uid(best))) best = i;
  return best < 0 ? lines.length - 1 : best;
}

export function cursorIndex(lines: Lines, view: LogsView): number {
  if (lines.length === 0) return -1;
  if (view.follow || view.cursor === undefined) return lines.length - 1;
  return indexOfUid(lines, view.cursor);
}

/** The top line's index, so the cursor is in sight (rows: how many screen rows the line takes). */
export function topIndex(
  lines: Lines,
  view: LogsView,
  cursor: number,
  height: number,
  rows: (line: LogLine) => number = () => 1,
): number {
  if (cursor < 0) return 0;
  let top = view.follow || view.top === undefined ? cursor : indexOfUid(lines, view.top);
  if (top > cursor || top < 0) top = cursor;
  // from top, is the cursor's last row on screen? if not, the least scroll that shows it
  let used = 0;
  for (let i = top; i <= cursor; i++) used += rows(lines.at(i)!);
  while (used > height && top < cursor) used -= rows(lines.at(top++)!);
  // never leave the screen half empty above the end: fill it upwards
  for (let i = cursor + 1; i < lines.length && used < height; i++) used += rows(lines.at(i)!);
  while (top > 0 && used + rows(lines.at(top - 1)!) <= height) used += rows(lines.at(--top)!);
  return top;
}

/** The view with the cursor moved to index `to` (paused), the top kept where it shows the cursor. */
export function moveTo(lines: Lines, view: LogsView, to: number, height: number): LogsView {
  if (lines.length === 0) return view;
  const cursor = Math.max(0, Math.min(lines.length - 1, to));
  const current = cursorIndex(lines, view);
  let top = topIndex(lines, view, current, height);
  if (cursor < top) top = cursor;
  if (cursor >= top + height) top = cursor - height + 1;
  return { ...view, follow: false, cursor: lines.uid(cursor), top: lines.uid(Math.max(0, top)) };
}

/** Scrolls the window and the cursor together by `delta` lines (pages). */
export function scrollBy(lines: Lines, view: LogsView, delta: number, height: number): LogsView {
  if (lines.length === 0) return view;
  const current = cursorIndex(lines, view);
  const top = topIndex(lines, view, current, height);
  const maxTop = Math.max(0, lines.length - height);
  const newTop = Math.max(0, Math.min(maxTop, top + delta));
  const cursor = Math.max(0, Math.min(lines.length - 1, current + delta));
  return { ...view, follow: false, cursor: lines.uid(cursor), top: lines.uid(newTop) };
}

export function follow(view: LogsView): LogsView {
  return { ...view, follow: true, cursor: undefined, top: undefined };
}
