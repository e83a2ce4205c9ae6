// The whole UI state: one value, changed only by the reducer.
import type { EngineError } from '../docker/errors.js';
import type {
  Container,
  DiskUsage,
  EngineEvent,
  EngineInfo,
  EngineVersion,
  Image,
  Network,
  Volume,
} from '../docker/types.js';
import type { Dialog } from './dialogs.js';
import type { View } from './views.js';

export const PANES = ['containers', 'images', 'volumes', 'networks', 'events', 'system'] as const;
export type PaneId = (typeof PANES)[number];

export const PANE_TITLES: Record<PaneId, string> = {
  containers: 'Containers',
  images: 'Images',
  volumes: 'Volumes',
  networks: 'Networks',
  events: 'Events',
  system: 'System',
};

/** Which input has the keyboard: the lists, the filter prompt, or the help overlay. */
export type Mode = 'normal' | 'filter' | 'help' | 'command';

export interface EngineStatus {
  state: 'connecting' | 'up' | 'down';
  version?: EngineVersion;
  error?: EngineError;
  /** Epoch ms of the next connection attempt while down. */
  retryAt?: number;
}

export interface ListState {
  /** The selected row's id: the selection follows the resource across re-lists. */
  selectedId?: string;
  /** Where the selection was, for when its resource disappears. */
  selectedIndex: number;
  filter: string;
}

export interface StatusMessage {
  text: string;
  level: 'info' | 'error';
}

export interface State {
  engine: EngineStatus;
  containers: Container[];
  containersLoaded: boolean;
  images: Image[];
  imagesLoaded: boolean;
  /** The images pane lists dangling (untagged) images too. */
  showDangling: boolean;
  volumes: Volume[];
  volumesLoaded: boolean;
  /** Volume sizes from /system/df, fetched on demand (it is expensive); `at` is epoch ms. */
  volumeUsage?: { sizes: Record<string, number>; at: number };
  networks: Network[];
  networksLoaded: boolean;
  pane: PaneId;
  mode: Mode;
  lists: Record<PaneId, ListState>;
  showStopped: boolean;
  readOnly: boolean;
  status?: StatusMessage;
  /** The engine's events since berth started, oldest first, at most EVENT_LOG_SIZE. */
  events: EngineEvent[];
  /** The System pane's facts, fetched while it is shown. */
  system: { info?: EngineInfo; disk?: DiskUsage; error?: string; at?: number };
  /** The command line being typed after ':' (mode 'command'). */
  commandLine: string;
  /** Marked rows per pane (space): actions apply to all of them. */
  marked: Record<PaneId, string[]>;
  /** Operations in progress by resource id ("stopping…"), shown on the row until the engine answers. */
  pending: Record<string, string>;
  /** The open dialog, which takes every key. */
  dialog?: Dialog;
  /** Full-screen views over the panes; the last is on top. */
  views: View[];
  /** The terminal is handed to another program (a shell in a container): draw nothing, read no keys. */
  suspended: boolean;
  /** The selected container's logs below the list (when the terminal is tall enough). */
  logsPreview: boolean;
}

export const EVENT_LOG_SIZE = 1000;

const emptyList = (): ListState => ({ selectedIndex: 0, filter: '' });

export function initialState(options: { readOnly?: boolean; showStopped?: boolean } = {}): State {
  return {
    engine: { state: 'connecting' },
    containers: [],
    containersLoaded: false,
    images: [],
    imagesLoaded: false,
    showDangling: true,
    volumes: [],
    volumesLoaded: false,
    networks: [],
    networksLoaded: false,
    pane: 'containers',
    mode: 'normal',
    lists: Object.fromEntries(PANES.map((p) => [p, emptyList()])) as Record<PaneId, ListState>,
    showStopped: options.showStopped ?? true,
    readOnly: options.readOnly ?? false,
    marked: Object.fromEntries(PANES.map((p) => [p, []])) as unknown as Record<PaneId, string[]>,
    pending: {},
    commandLine: '',
    events: [],
    system: {},
    views: [],
    suspended: false,
    logsPreview: true,
  };
}
