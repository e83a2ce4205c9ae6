// Every change to the state, as data.
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
import type { Mode, PaneId, StatusMessage } from './state.js';
import type { View } from './views.js';

export type Action =
  | { type: 'engine/up'; version: EngineVersion }
  | { type: 'engine/down'; error: EngineError; retryAt: number }
  | { type: 'containers/loaded'; containers: Container[] }
  /** A re-list of just these containers: each listed one replaces its row, an unlisted one is gone. */
  | { type: 'containers/patched'; ids: string[]; containers: Container[] }
  | { type: 'images/loaded'; images: Image[] }
  | { type: 'dangling/toggle' }
  /** Selects a row of the images list (a built or pulled image), whichever pane is shown. */
  | { type: 'images/select'; id: string }
  | { type: 'volumes/loaded'; volumes: Volume[] }
  | { type: 'volumes/usage'; sizes: Record<string, number>; at: number }
  | { type: 'networks/loaded'; networks: Network[] }
  | { type: 'events/append'; events: EngineEvent[] }
  /** A container event applied to its row before the re-list that follows it. */
  | { type: 'containers/event'; event: EngineEvent }
  /** Events applied again on top of a list that may predate them (engineSync). */
  | { type: 'containers/events'; events: EngineEvent[] }
  | { type: 'system/loaded'; info: EngineInfo; disk?: DiskUsage; at: number }
  | { type: 'system/failed'; error: string }
  | { type: 'pane/switch'; pane: PaneId }
  | { type: 'pane/cycle'; delta: 1 | -1 }
  | { type: 'select/move'; delta: number }
  | { type: 'select/edge'; edge: 'top' | 'bottom' }
  | { type: 'select/id'; id: string }
  | { type: 'filter/set'; text: string }
  | { type: 'command/set'; text: string }
  | { type: 'mode/set'; mode: Mode }
  | { type: 'stopped/toggle' }
  | { type: 'status/set'; status: StatusMessage | undefined }
  | { type: 'mark/toggle'; id: string }
  | { type: 'mark/clear'; pane?: PaneId }
  | { type: 'pending/set'; ids: string[]; text: string }
  | { type: 'pending/clear'; ids: string[] }
  | { type: 'dialog/open'; dialog: Dialog }
  | { type: 'dialog/update'; dialog: Dialog }
  | { type: 'dialog/close' }
  | { type: 'view/push'; view: View }
  | { type: 'view/update'; view: View }
  | { type: 'view/pop' }
  /** Replaces the view of the same kind and id wherever it is in the stack (a pull's progress). */
  | { type: 'view/replaceById'; view: View & { id: number } }
  | { type: 'terminal/suspend' }
  | { type: 'terminal/resume' }
  | { type: 'logs/preview' };
