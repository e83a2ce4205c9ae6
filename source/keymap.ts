// The one table of key bindings. It drives input, the footer, the help overlay and the README's key table.
import { PANES, type PaneId } from './store/state.js';
import type { View } from './store/views.js';
import { VOLUME_NETWORK_BINDINGS } from './volnetBindings.js';

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

const IN_LOGS = { panes: 'all', views: ['logs'] } as const;

/** The logs view's keys; the router gives the view every key, and the view looks them up here. */
const LOGS_BINDINGS: readonly Binding[] = [
  { command: 'logs.down', keys: ['j', 'down'], ...IN_LOGS, label: 'down', description: 'Next line (pauses)' },
  { command: 'logs.up', keys: ['k', 'up'], ...IN_LOGS, label: 'up', description: 'Previous line (pauses)' },
  {
    command: 'logs.pageDown',
    keys: ['pagedown', 'space'],
    ...IN_LOGS,
    label: 'page',
    description: 'Page down',
  },
  { command: 'logs.pageUp', keys: ['pageup'], ...IN_LOGS, label: 'page', description: 'Page up' },
  { command: 'logs.halfDown', keys: ['ctrl-d'], ...IN_LOGS, label: 'half', description: 'Half a page down' },
  { command: 'logs.halfUp', keys: ['ctrl-u'], ...IN_LOGS, label: 'half', description: 'Half a page up' },
  { command: 'logs.top', keys: ['g', 'home'], ...IN_LOGS, label: 'top', description: 'Oldest line (pauses)' },
  {
    command: 'logs.bottom',
    keys: ['G', 'end'],
    ...IN_LOGS,
    label: 'follow',
    description: 'Newest line, and follow again',
  },
  {
    command: 'logs.follow',
    keys: ['f'],
    ...IN_LOGS,
    label: 'follow',
    description: 'Follow new lines on or off',
    footer: true,
  },
  { command: 'logs.timestamps', keys: ['t'], ...IN_LOGS, label: 'time', description: 'Timestamps on or off' },
  { command: 'logs.wrap', keys: ['w'], ...IN_LOGS, label: 'wrap', description: 'Wrap long lines on or off' },
  {
    command: 'logs.window',
    keys: ['0', '1', '2', '3', '4', '5', '6'],
    ...IN_LOGS,
    label: 'window',
    description: 'Window: 0 last 200 lines, 1 all, 2…6 since 1m 5m 15m 30m 1h',
  },
  {
    command: 'logs.search',
    keys: ['/'],
    ...IN_LOGS,
    label: 'search',
    description: 'Search (a regex; capitals make it case-sensitive)',
    footer: true,
  },
  { command: 'logs.next', keys: ['n'], ...IN_LOGS, label: 'next', description: 'Next match' },
  { command: 'logs.previous', keys: ['N'], ...IN_LOGS, label: 'prev', description: 'Previous match' },
  {
    command: 'logs.filter',
    keys: ['&'],
    ...IN_LOGS,
    label: 'filter',
    description: 'Filter: only lines matching a regex (!regex: those not matching)',
    footer: true,
  },
  { command: 'logs.invert', keys: ['!'], ...IN_LOGS, label: 'invert', description: 'Invert the filter' },
  {
    command: 'logs.context',
    keys: ['C'],
    ...IN_LOGS,
    label: 'context',
    description: 'Context lines around filter matches: 0, 2, 5',
  },
  {
    command: 'logs.visual',
    keys: ['v'],
    ...IN_LOGS,
    label: 'range',
    description: 'Mark the start of a range of lines to copy',
  },
  {
    command: 'logs.copy',
    keys: ['y'],
    ...IN_LOGS,
    label: 'copy',
    description: 'Copy the line (or the range) to the clipboard (OSC 52)',
    footer: true,
  },
  {
    command: 'logs.copyId',
    keys: ['Y'],
    ...IN_LOGS,
    label: 'copy id',
    description: "Copy the container's name and id",
  },
  {
    command: 'logs.save',
    keys: ['s'],
    ...IN_LOGS,
    label: 'save',
    description: 'Save the lines shown (filtered, if so) to a file',
    footer: true,
  },
  {
    command: 'logs.hide',
    keys: ['h'],
    ...IN_LOGS,
    label: 'hide',
    description: "Merged logs: hide the current line's container",
  },
  {
    command: 'logs.showAll',
    keys: ['H'],
    ...IN_LOGS,
    label: 'show all',
    description: 'Show every container again',
  },
  {
    command: 'logs.clear',
    keys: ['escape'],
    ...IN_LOGS,
    label: 'clear',
    description: 'Clear the range, the filter, the search; then back',
  },
  {
    command: 'logs.close',
    keys: ['q'],
    ...IN_LOGS,
    label: 'back',
    description: 'Back to the list',
    footer: true,
  },
];

const CONTAINERS = ['containers'] as const satisfies readonly PaneId[];

/** Issue 3: what berth does to a container (the marked ones, or the selected one). */
const CONTAINER_BINDINGS: readonly Binding[] = [
  {
    command: 'container.start',
    keys: ['s'],
    panes: CONTAINERS,
    label: 'start',
    description: 'Start the container (or every marked one)',
    footer: true,
    mutating: true,
  },
  {
    command: 'container.stop',
    keys: ['x'],
    panes: CONTAINERS,
    label: 'stop',
    description: 'Stop the container (or every marked one)',
    footer: true,
    mutating: true,
  },
  {
    command: 'container.restart',
    keys: ['r'],
    panes: CONTAINERS,
    label: 'restart',
    description: 'Restart the container (or every marked one)',
    mutating: true,
  },
  {
    command: 'container.pause',
    keys: ['p'],
    panes: CONTAINERS,
    label: 'pause',
    description: 'Pause the container, or unpause it when paused',
    mutating: true,
  },
  {
    command: 'container.kill',
    keys: ['K'],
    panes: CONTAINERS,
    label: 'kill',
    description: 'Kill the container with SIGKILL (asks first)',
    mutating: true,
    dangerous: true,
  },
  {
    command: 'container.remove',
    keys: ['d'],
    panes: CONTAINERS,
    label: 'remove',
    description: 'Remove the container (asks; a running one asks for force)',
    footer: true,
    mutating: true,
    dangerous: true,
  },
  {
    command: 'container.shell',
    keys: ['e'],
    panes: CONTAINERS,
    label: 'shell',
    description: 'Open a shell in the running container (BERTH_SHELL picks which)',
    footer: true,
    mutating: true,
  },
  {
    command: 'container.exec',
    keys: ['!'],
    panes: CONTAINERS,
    label: 'exec',
    description: 'Run a command in the running container and show its output',
    mutating: true,
  },
  {
    command: 'container.attach',
    keys: ['a'],
    panes: CONTAINERS,
    label: 'attach',
    description: "Attach to the container's main process (ctrl-p ctrl-q detaches)",
    mutating: true,
  },
  {
    command: 'container.inspect',
    keys: ['i'],
    panes: CONTAINERS,
    label: 'inspect',
    description: 'Inspect the container: its document, Env and Top',
    footer: true,
  },
];

/** Keys inside the full-screen views, for the footer and the help (the views handle them themselves). */
const VIEW_BINDINGS: readonly Binding[] = [
  {
    command: 'view.close',
    keys: ['escape'],
    panes: 'all',
    views: ['progress'],
    label: 'cancel/back',
    description: 'Cancel while it runs; back when it is done',
    footer: true,
  },
  {
    command: 'view.close',
    keys: ['q', 'enter'],
    panes: 'all',
    views: ['progress'],
    label: 'hide',
    description: 'Back to the list (a running pull goes on)',
    footer: true,
  },
  {
    command: 'view.tab',
    keys: ['tab', 'shift-tab', 'right', 'left'],
    panes: 'all',
    views: ['inspect'],
    label: 'Env/Top',
    description: 'Next / previous tab: Inspect, Env, Top',
    footer: true,
  },
  {
    command: 'view.scroll',
    keys: ['j', 'k', 'down', 'up', 'pagedown', 'pageup', 'g', 'G'],
    panes: 'all',
    views: ['text', 'inspect'],
    label: 'scroll',
    description: 'Scroll: a line, a page, top, bottom',
  },
  {
    command: 'view.search',
    keys: ['/'],
    panes: 'all',
    views: ['text', 'inspect'],
    label: 'search',
    description: 'Search; enter jumps to the first match, esc clears',
    footer: true,
  },
  {
    command: 'view.next',
    keys: ['n'],
    panes: 'all',
    views: ['text', 'inspect'],
    label: 'next',
    description: 'Next match',
    footer: true,
  },
  {
    command: 'view.previous',
    keys: ['N'],
    panes: 'all',
    views: ['text', 'inspect'],
    label: 'prev',
    description: 'Previous match',
  },
  {
    command: 'view.close',
    keys: ['q', 'escape'],
    panes: 'all',
    views: ['text', 'inspect'],
    label: 'back',
    description: 'Close the view',
    footer: true,
  },
];

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

function imageBindings(): Binding[] {
  const images = ['images'] as const;
  return [
    {
      command: 'image.inspect',
      keys: ['i', 'enter'],
      panes: images,
      label: 'inspect',
      description: 'Inspect the image: its document and its layers (History tab)',
      footer: true,
    },
    {
      command: 'image.pull',
      keys: ['P'],
      panes: images,
      label: 'pull',
      description: 'Pull an image (asks for the reference); :pull REF',
      footer: true,
      mutating: true,
    },
    {
      command: 'image.build',
      keys: ['b'],
      panes: images,
      label: 'build',
      description: 'Build an image from a directory with a Dockerfile; :build DIR -t TAG',
      footer: true,
      mutating: true,
    },
    {
      command: 'image.tag',
      keys: ['t'],
      panes: images,
      label: 'tag',
      description: 'Tag the image with a new reference',
      footer: true,
      mutating: true,
    },
    {
      command: 'image.remove',
      keys: ['d'],
      panes: images,
      label: 'remove',
      description: 'Remove the image or tag (asks; an image in use asks for force)',
      footer: true,
      mutating: true,
      dangerous: true,
    },
    {
      command: 'image.run',
      keys: ['n'],
      panes: images,
      label: 'run',
      description: 'Run a new container from the image',
      mutating: true,
    },
    {
      command: 'image.prune',
      keys: ['X'],
      panes: images,
      label: 'prune',
      description: 'Prune dangling (or all unused) images (asks, with how many and how much space)',
      mutating: true,
      dangerous: true,
    },
    {
      command: 'image.toggleDangling',
      keys: ['D'],
      panes: images,
      label: 'dangling',
      description: 'Show or hide dangling (untagged) images',
    },
    {
      command: 'view.nextTab',
      keys: ['tab', 'right'],
      panes: 'all',
      views: ['tabbed'],
      label: 'next tab',
      description: 'Next tab (shift-tab or ← the previous one)',
      footer: true,
    },
  ];
}

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
