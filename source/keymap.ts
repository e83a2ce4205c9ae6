// The one table of key bindings. It drives input, the footer, the help overlay and the README's key table.

import { CONTAINER_BINDINGS } from './bindings/containers.js';
import { imageBindings } from './bindings/images.js';
import { LOGS_BINDINGS } from './bindings/logs.js';
import { VIEW_BINDINGS } from './bindings/views.js';
import { VOLUME_NETWORK_BINDINGS } from './bindings/volnet.js';
import { PANES, type PaneId } from './store/state.js';
import type { View } from './store/views.js';

export type ViewKind = View['kind'];

export type Command =
  | `pane.${PaneId}`
  | 'pane.next'
  | 'pane.previous'
  | 'move.down'
  | 'move.up'
  | 'move.top'
  | 'move.bottom'
  | 'move.pageDown'
  | 'move.pageUp'
  | 'filter'
  | 'commandLine'
  | 'toggleStopped'
  | 'mark'
  | 'container.start'
  | 'container.stop'
  | 'container.restart'
  | 'container.pause'
  | 'container.kill'
  | 'container.remove'
  | 'container.shell'
  | 'container.exec'
  | 'container.attach'
  | 'container.inspect'
  | 'view.close'
  | 'view.tab'
  | 'events.open'
  | 'view.scroll'
  | 'view.search'
  | 'view.next'
  | 'view.previous'
  | 'volume.create'
  | 'volume.inspect'
  | 'volume.remove'
  | 'volume.prune'
  | 'volume.usage'
  | 'volume.containers'
  | 'network.create'
  | 'network.inspect'
  | 'network.remove'
  | 'network.prune'
  | 'network.connect'
  | 'network.disconnect'
  | 'network.containers'
  | 'run.new'
  | 'run.duplicate'
  | 'help'
  | 'back'
  | 'quit'
  | LogsCommand
  | ImageCommand;

/** The logs: opening them from the containers pane, and every key of the logs view. */
export type LogsCommand =
  | 'logs.open'
  | 'logs.project'
  | 'logs.preview'
  | 'logs.down'
  | 'logs.up'
  | 'logs.pageDown'
  | 'logs.pageUp'
  | 'logs.halfDown'
  | 'logs.halfUp'
  | 'logs.top'
  | 'logs.bottom'
  | 'logs.follow'
  | 'logs.timestamps'
  | 'logs.wrap'
  | 'logs.window'
  | 'logs.search'
  | 'logs.filter'
  | 'logs.invert'
  | 'logs.context'
  | 'logs.next'
  | 'logs.previous'
  | 'logs.visual'
  | 'logs.copy'
  | 'logs.copyId'
  | 'logs.save'
  | 'logs.hide'
  | 'logs.showAll'
  | 'logs.clear'
  | 'logs.close';

/** The images pane's commands (handlers: source/hooks/imageCommands.ts). */
export type ImageCommand =
  | 'image.inspect'
  | 'image.pull'
  | 'image.build'
  | 'image.tag'
  | 'image.remove'
  | 'image.run'
  | 'image.prune'
  | 'image.toggleDangling'
  | 'view.nextTab';

export interface Binding {
  command: Command;
  keys: string[];
  /** Where it applies; 'all' is every pane. */
  panes: readonly PaneId[] | 'all';
  /** When set, the binding applies in these full-screen views (and not in the panes). */
  views?: readonly ViewKind[];
  /** Short, for the footer. */
  label: string;
  /** For the help overlay. */
  description: string;
  /** Shown in the footer. */
  footer?: boolean;
  /** Changes the engine: removed by --read-only. */
  mutating?: boolean;
  /** Asks before it acts. */
  dangerous?: boolean;
}

const LISTS = ['containers', 'images', 'volumes', 'networks', 'events'] as const satisfies readonly PaneId[];

export const BINDINGS: readonly Binding[] = [
  ...PANES.map(
    (pane, i): Binding => ({
      command: `pane.${pane}`,
      keys: [String(i + 1)],
      panes: 'all',
      label: pane,
      description: `Show the ${pane} pane`,
    }),
  ),
  { command: 'pane.next', keys: ['tab'], panes: 'all', label: 'next pane', description: 'Next pane' },
  {
    command: 'pane.previous',
    keys: ['shift-tab'],
    panes: 'all',
    label: 'prev pane',
    description: 'Previous pane',
  },
  { command: 'move.down', keys: ['j', 'down'], panes: LISTS, label: 'down', description: 'Move down' },
  { command: 'move.up', keys: ['k', 'up'], panes: LISTS, label: 'up', description: 'Move up' },
  {
    command: 'move.top',
    keys: ['g', 'home'],
    panes: LISTS,
    label: 'top',
    description: 'Go to the first row',
  },
  {
    command: 'move.bottom',
    keys: ['G', 'end'],
    panes: LISTS,
    label: 'bottom',
    description: 'Go to the last row',
  },
  {
    command: 'move.pageDown',
    keys: ['pagedown', 'ctrl-d'],
    panes: LISTS,
    label: 'page',
    description: 'Page down',
  },
  { command: 'move.pageUp', keys: ['pageup', 'ctrl-u'], panes: LISTS, label: 'page', description: 'Page up' },
  {
    command: 'filter',
    keys: ['/'],
    panes: LISTS,
    label: 'filter',
    description: 'Filter the list (name, image, id); esc clears',
    footer: true,
  },
  {
    command: 'mark',
    keys: ['space'],
    panes: LISTS,
    label: 'mark',
    description: 'Mark or unmark the row; actions apply to every marked row',
  },
  ...CONTAINER_BINDINGS,
  ...VIEW_BINDINGS,
  {
    command: 'toggleStopped',
    keys: ['S'],
    panes: ['containers'],
    label: 'stopped',
    description: 'Show or hide stopped containers',
    footer: true,
  },
  ...imageBindings(),
  ...VOLUME_NETWORK_BINDINGS,
  {
    command: 'run.new',
    keys: ['n'],
    panes: ['containers'],
    label: 'run',
    description: 'Run a new container: the run dialog (or :run with docker-run flags)',
    footer: true,
    mutating: true,
  },
  {
    command: 'run.duplicate',
    keys: ['D'],
    panes: ['containers'],
    label: 'duplicate',
    description: 'Run a copy of the container: the run dialog prefilled with its settings',
    mutating: true,
  },
  {
    command: 'logs.open',
    keys: ['l'],
    panes: ['containers'],
    label: 'logs',
    description: 'Logs full-screen (of every marked container, merged)',
    footer: true,
  },
  {
    command: 'logs.project',
    keys: ['L'],
    panes: ['containers'],
    label: 'project logs',
    description: "Logs of the selected container's compose project, merged",
  },
  {
    command: 'logs.preview',
    keys: ['o'],
    panes: ['containers'],
    label: 'preview',
    description: 'Show or hide the logs below the list',
  },
  ...LOGS_BINDINGS,
  {
    command: 'events.open',
    keys: ['enter'],
    panes: ['events'],
    label: 'go to',
    description: 'Go to the container, image, volume or network the event is about',
    footer: true,
  },
  {
    command: 'commandLine',
    keys: [':'],
    panes: 'all',
    label: 'command',
    description: 'Command line: :images, :run …, :q (this help lists them all)',
    footer: true,
  },
  {
    command: 'help',
    keys: ['?'],
    panes: 'all',
    label: 'help',
    description: 'Show every key of this pane',
    footer: true,
  },
  {
    command: 'back',
    keys: ['escape'],
    panes: 'all',
    label: 'back',
    description: 'Clear the filter, go back',
  },
  {
    command: 'quit',
    keys: ['q', 'ctrl-c'],
    panes: 'all',
    label: 'quit',
    description: 'Quit berth',
    footer: true,
  },
];

export interface KeymapOptions {
  readOnly?: boolean;
  /** The full-screen view on top, if any: its bindings replace the panes'. */
  view?: ViewKind;
}

/** The bindings in force on a pane (or in the view on top of it), in table order. */
export function bindingsFor(pane: PaneId, options: KeymapOptions = {}): Binding[] {
  return BINDINGS.filter(
    (b) =>
      (options.view ? b.views?.includes(options.view) : !b.views) &&
      (b.panes === 'all' || b.panes.includes(pane)) &&
      !(options.readOnly && b.mutating),
  );
}

export function lookup(key: string, pane: PaneId, options: KeymapOptions = {}): Binding | undefined {
  return bindingsFor(pane, options).find((b) => b.keys.includes(key));
}

/** A binding that exists but is taken away by --read-only, so the UI can say so. */
export function lookupBlocked(key: string, pane: PaneId): Binding | undefined {
  return BINDINGS.find(
    (b) => b.mutating && (b.panes === 'all' || b.panes.includes(pane)) && b.keys.includes(key),
  );
}

/** How a key is written for people: 'ctrl-c' → '^c', 'pagedown' → 'pgdn'. */
export function displayKey(key: string): string {
  const names: Record<string, string> = {
    pagedown: 'pgdn',
    pageup: 'pgup',
    escape: 'esc',
    down: '↓',
    up: '↑',
    enter: '⏎',
  };
  if (key.startsWith('ctrl-')) return `^${key.slice(5)}`;
  return names[key] ?? key;
}
