// Full-screen views over the panes (inspect, logs, command output…), kept as a stack: esc or q pops one.
import type { Progress } from '../docker/progress.js';
import type { LogWindow } from '../logs/windows.js';

export interface TextView {
  kind: 'text';
  title: string;
  lines: string[];
  /** First line shown. */
  top: number;
  /** The search typed with /, as a case-insensitive substring. */
  search: string;
  /** Whether / is being typed. */
  searching: boolean;
  /** Still receiving lines (a build, a pull): the title says so. */
  live?: boolean;
  /** Set on views that a running task keeps updating (a build's output), to find them in the stack. */
  id?: number;
}

/** Several text views under one title, one shown at a time (an image's inspect and its history). */
export interface TabbedView {
  kind: 'tabbed';
  title: string;
  tabs: { name: string; view: TextView }[];
  active: number;
}

export const INSPECT_TABS = ['inspect', 'env', 'top'] as const;
export type InspectTab = (typeof INSPECT_TABS)[number];

/** A container's inspect document (coloured JSON), its environment and its processes, as tabs. */
export interface InspectView {
  kind: 'inspect';
  containerId: string;
  name: string;
  tab: InspectTab;
  /** The lines of every tab; `lines` is the shown tab's. */
  tabs: Record<InspectTab, string[]>;
  lines: string[];
  top: number;
  search: string;
  searching: boolean;
  /** The last time the processes could not be read, in words. */
  topError?: string;
}

/** A pull or push under way: per-layer bars and the overall one. Updated by id while it runs. */
export interface ProgressView {
  kind: 'progress';
  id: number;
  title: string;
  progress: Progress;
  startedAt: number;
  finishedAt?: number;
  /** Set when it ended by the user's cancel. */
  cancelled?: boolean;
}

/** Followed logs of one or more containers (merged in time order). The lines live in a log session
 *  (source/logs/registry.ts), not in the state: the view holds only how to show them. */
export interface LogsView {
  kind: 'logs';
  /** The log session's number in the registry. */
  session: number;
  /** Container ids or names, as asked for. */
  targets: string[];
  window: LogWindow;
  /** Stuck to the newest line; off when scrolled up (G or f resumes). */
  follow: boolean;
  /** The current line and the top line (line uids) while not following. */
  cursor?: number;
  top?: number;
  timestamps: boolean;
  wrap: boolean;
  /** The search (highlight, n/N) and the filter (only matching lines), as regular expressions. */
  search: string;
  filter: string;
  invert: boolean;
  /** Lines of context around each filter match. */
  context: number;
  /** A prompt being typed (/ search, & filter) and its text so far. */
  prompt?: 'search' | 'filter';
  searching: boolean;
  draft: string;
  /** Where a visual range (v) starts: a line uid. */
  mark?: number;
  /** Sources not shown (container ids). */
  hidden: string[];
}

export type View = TextView | InspectView | ProgressView | TabbedView | LogsView;

export function logsView(session: number, targets: string[], window: LogWindow = 'tail'): LogsView {
  return {
    kind: 'logs',
    session,
    targets,
    window,
    follow: true,
    timestamps: false,
    wrap: false,
    search: '',
    filter: '',
    invert: false,
    context: 2,
    searching: false,
    draft: '',
    hidden: [],
  };
}

export function textView(title: string, lines: string[], live = false): TextView {
  return { kind: 'text', title, lines, top: 0, search: '', searching: false, live };
}

/** Indices of the lines that match the view's search. */
export function searchMatches(view: Pick<TextView, 'lines' | 'search'>): number[] {
  if (!view.search) return [];
  const needle = view.search.toLowerCase();
  const out: number[] = [];
  view.lines.forEach((line, i) => {
    if (line.toLowerCase().includes(needle)) out.push(i);
  });
  return out;
}
