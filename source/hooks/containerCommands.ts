// The container commands by command id (issue 3), each implemented in the file of its kind.
import type { Command } from '../keymap.js';
import type { ActionContext } from './actionContext.js';
import { inspect } from './containerInspect.js';
import {
  askKill,
  askRemove,
  killIntent,
  lifecycle,
  pauseToggle,
  removeIntent,
} from './containerLifecycle.js';
import { askCommand, attach, execIntent, openShell, shellCandidates } from './containerSessions.js';
import { targets } from './containerTargets.js';

export { execIntent, killIntent, removeIntent, shellCandidates, targets };

export const CONTAINER_COMMANDS: Partial<Record<Command, (ctx: ActionContext) => void | Promise<void>>> = {
  'container.start': lifecycle('start'),
  'container.stop': lifecycle('stop'),
  'container.restart': lifecycle('restart'),
  'container.pause': pauseToggle,
  'container.kill': askKill,
  'container.remove': askRemove,
  'container.shell': openShell,
  'container.exec': askCommand,
  'container.attach': attach,
  'container.inspect': inspect,
};
