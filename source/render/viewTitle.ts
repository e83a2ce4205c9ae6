// The part of a scrollable view's title that says where you are and what you searched. Pure.
import { searchMatches } from '../store/views.js';

export interface Scrollable {
  lines: readonly string[];
  top: number;
  search: string;
  searching: boolean;
}

/** "12–40 of 300 · "err" 3 matches", or "… · /err█" while the search is typed. */
export function positionAndSearch(view: Scrollable, body: number): string {
  const { lines, top } = view;
  const position = lines.length
    ? `${top + 1}–${Math.min(lines.length, top + body)} of ${lines.length}`
    : 'empty';
  if (view.searching) return `${position} · /${view.search}█`;
  if (!view.search) return position;
  const count = searchMatches({ lines: lines as string[], search: view.search }).length;
  return `${position} · "${view.search}" ${count} match${count === 1 ? '' : 'es'}`;
}
