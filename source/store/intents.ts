// What a dialog does when it is answered, as data. Each feature adds its own intents here and a handler
// in source/hooks/intentHandlers.ts; the dialog itself stays generic.

import type { RunExtras } from '../run/form.js';
import type { ImageIntent } from './imageIntents.js';

export type Intent =
  | { type: 'noop' }
  | { type: 'context.switch' }
  /** Remove these containers; `force` when one of them was running when asked (the dialog said so). */
  | { type: 'container/remove'; ids: string[]; force: boolean }
  | { type: 'container/kill'; ids: string[] }
  /** Run the typed command in the container, without a shell, and show its output. */
  | { type: 'container/exec'; id: string; name: string }
  /** The picked item is a container's id: show it in the containers pane. */
  | { type: 'container/jump' }
  | { type: 'volume/create' }
  | { type: 'volume/remove'; names: string[] }
  | { type: 'volume/prune' }
  | { type: 'network/create' }
  | { type: 'network/remove'; networks: { id: string; name: string }[] }
  | { type: 'network/prune' }
  /** The picked item is the container's id. */
  | { type: 'network/connect'; network: string; name: string }
  | { type: 'network/disconnect'; network: string; name: string }
  /** The run dialog: what the prefill carried that the form has no field for. */
  | { type: 'run'; extras: RunExtras }
  | ImageIntent;

/** The answer a dialog gives its intent. */
export interface DialogAnswer {
  /** Form fields by id (empty for confirm). */
  values: Record<string, string>;
  /** Confirm options by id. */
  options: Record<string, boolean>;
  /** The picked item's id (pick dialogs). */
  picked?: string;
}

/** What a handler says back: nothing (the dialog closes) or errors (it stays open, nothing typed is lost). */
export type IntentResult = undefined | { error?: string; fieldErrors?: Record<string, string> };
