// What an action needs to act: the engine, the store, the sync (to refresh at once), the terminal.
import type { EngineClient } from '../docker/types.js';
import type { Action } from '../store/actions.js';
import type { State } from '../store/state.js';
import type { EngineSync } from './engineSync.js';

/** A program that takes over the terminal (a shell in a container); resolves when it is done. */
export type TerminalSession = (io: { stdin: NodeJS.ReadStream; stdout: NodeJS.WriteStream }) => Promise<void>;

export interface ActionContext {
  client: EngineClient;
  getState: () => State;
  dispatch: (action: Action) => void;
  /** Marks kinds stale now, so the list catches up without waiting for an event. */
  refresh: (kind?: 'container' | 'image' | 'volume' | 'network') => void;
  /** Leaves the dashboard, runs the session on the bare terminal, comes back fully redrawn. */
  handOverTerminal: (session: TerminalSession) => Promise<void>;
  quit: () => void;
  /** Switches to another docker context's engine (a fresh dashboard); returns an error, or nothing. */
  switchContext: (name: string) => string | undefined;
  /** Rows in a page of the current list. */
  pageSize: number;
  /** Rows of content in a full-screen view. */
  viewHeight: number;
}

export type { EngineSync };
