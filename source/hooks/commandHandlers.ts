// Commands with effects (on the engine, the terminal, the views), by command id. Features register theirs
// here; source/hooks/useInputRouter.ts runs the core list commands itself and looks here for the rest.
import type { Command } from '../keymap.js';
import type { ActionContext } from './actionContext.js';
import { CONTAINER_COMMANDS } from './containerCommands.js';
import { EVENT_COMMANDS } from './eventCommands.js';
import { IMAGE_COMMANDS, setRunDialogOpener } from './imageCommands.js';
import { LOGS_COMMANDS } from './logsCommands.js';
import { NETWORK_COMMANDS } from './networkActions.js';
import { duplicateSelected, openRunDialog } from './runCommands.js';
import { VOLUME_COMMANDS } from './volumeActions.js';

export type CommandHandler = (ctx: ActionContext) => void | Promise<void>;

// `n` on an image opens the run dialog with it (both features live in their own files)
setRunDialogOpener((ctx, image) => openRunDialog(ctx, { image }));

export const COMMAND_HANDLERS: Partial<Record<Command, CommandHandler>> = {
  ...CONTAINER_COMMANDS,
  ...EVENT_COMMANDS,
  ...LOGS_COMMANDS,
  ...IMAGE_COMMANDS,
  ...VOLUME_COMMANDS,
  ...NETWORK_COMMANDS,
  'run.new': (ctx) => openRunDialog(ctx),
  'run.duplicate': duplicateSelected,
};
