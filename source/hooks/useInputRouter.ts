// All keys come in here and go where the current mode says: the lists (through the keymap table),
// the filter prompt, or the help overlay. The mode is read fresh for every key, so a burst of keys
// ("/web" arriving in one read) is split correctly: "/" opens the filter, "web" goes into it.
import { type Key, useInput } from 'ink';
import { dialogKey, withErrors } from '../input/dialogKeys.js';
import { editLine } from '../input/editLine.js';
import { keyName, plainKey } from '../input/keyName.js';
import { type Command, lookup, lookupBlocked } from '../keymap.js';
import { paneIds, selectedIndex } from '../store/selectors.js';
import { PANES, type PaneId } from '../store/state.js';
import type { ActionContext } from './actionContext.js';
import { runColonLine } from './colonCommands.js';
import { COMMAND_HANDLERS } from './commandHandlers.js';
import { handleIntent } from './intentHandlers.js';
import { handleViewKey } from './viewHandlers.js';

export type CommandContext = ActionContext;

/** What each command does. */
export function runCommand(command: Command, ctx: CommandContext): void {
  const { dispatch } = ctx;
  const state = ctx.getState();
  const handler = COMMAND_HANDLERS[command];
  if (handler) {
    void handler(ctx);
    return;
  }
  if (command.startsWith('pane.') && command !== 'pane.next' && command !== 'pane.previous') {
    const pane = command.slice(5) as PaneId;
    if (PANES.includes(pane)) dispatch({ type: 'pane/switch', pane });
    return;
  }
  switch (command) {
    case 'pane.next':
      dispatch({ type: 'pane/cycle', delta: 1 });
      return;
    case 'pane.previous':
      dispatch({ type: 'pane/cycle', delta: -1 });
      return;
    case 'move.down':
      dispatch({ type: 'select/move', delta: 1 });
      return;
    case 'move.up':
      dispatch({ type: 'select/move', delta: -1 });
      return;
    case 'move.pageDown':
      dispatch({ type: 'select/move', delta: ctx.pageSize });
      return;
    case 'move.pageUp':
      dispatch({ type: 'select/move', delta: -ctx.pageSize });
      return;
    case 'move.top':
      dispatch({ type: 'select/edge', edge: 'top' });
      return;
    case 'move.bottom':
      dispatch({ type: 'select/edge', edge: 'bottom' });
      return;
    case 'filter':
      dispatch({ type: 'mode/set', mode: 'filter' });
      return;
    case 'commandLine':
      dispatch({ type: 'command/set', text: '' });
      dispatch({ type: 'mode/set', mode: 'command' });
      return;
    case 'toggleStopped':
      dispatch({ type: 'stopped/toggle' });
      dispatch({
        type: 'status/set',
        status: {
          level: 'info',
          text: state.showStopped ? 'showing running containers only' : 'showing all containers',
        },
      });
      return;
    case 'mark': {
      const id = paneIds(state, state.pane)[selectedIndex(state)];
      if (id === undefined) return;
      dispatch({ type: 'mark/toggle', id });
      dispatch({ type: 'select/move', delta: 1 });
      return;
    }
    case 'help':
      dispatch({ type: 'mode/set', mode: 'help' });
      return;
    case 'back':
      if (state.views.length) dispatch({ type: 'view/pop' });
      else if (state.lists[state.pane].filter) dispatch({ type: 'filter/set', text: '' });
      else if (state.marked[state.pane].length) dispatch({ type: 'mark/clear' });
      dispatch({ type: 'status/set', status: undefined });
      return;
    case 'quit':
      ctx.quit();
      return;
    default:
      // a view's own keys (view.*) are handled by its view handler
      return;
  }
}

function normalKey(input: string, key: Key, ctx: CommandContext): void {
  const state = ctx.getState();
  const name = keyName(input, key);
  const binding = lookup(name, state.pane, { readOnly: state.readOnly });
  if (binding) {
    runCommand(binding.command, ctx);
    return;
  }
  if (state.readOnly && lookupBlocked(name, state.pane)) {
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'error', text: 'read-only: berth was started with --read-only' },
    });
  }
}

function filterKey(input: string, key: Key, ctx: CommandContext): void {
  const state = ctx.getState();
  if (key.escape) {
    ctx.dispatch({ type: 'filter/set', text: '' });
    ctx.dispatch({ type: 'mode/set', mode: 'normal' });
  } else if (key.return) {
    ctx.dispatch({ type: 'mode/set', mode: 'normal' });
  } else if (key.upArrow || key.downArrow) {
    ctx.dispatch({ type: 'select/move', delta: key.upArrow ? -1 : 1 });
  } else if (key.ctrl && input === 'c') {
    ctx.quit();
  } else {
    const text = editLine(state.lists[state.pane].filter, input, key);
    if (text !== undefined) ctx.dispatch({ type: 'filter/set', text });
  }
}

function commandKey(input: string, key: Key, ctx: CommandContext): void {
  const state = ctx.getState();
  if (key.escape) {
    ctx.dispatch({ type: 'mode/set', mode: 'normal' });
    ctx.dispatch({ type: 'status/set', status: undefined });
  } else if (key.ctrl && input === 'c') {
    ctx.quit();
  } else if (key.return) {
    ctx.dispatch({ type: 'mode/set', mode: 'normal' });
    ctx.dispatch({ type: 'status/set', status: undefined });
    const error = runColonLine(state.commandLine, ctx);
    if (error) {
      // keep what was typed: back into the line with the error beside it
      ctx.dispatch({ type: 'mode/set', mode: 'command' });
      ctx.dispatch({ type: 'status/set', status: { level: 'error', text: error } });
    }
  } else if (key.backspace && state.commandLine === '') {
    ctx.dispatch({ type: 'mode/set', mode: 'normal' });
  } else {
    const text = editLine(state.commandLine, input, key);
    if (text !== undefined) {
      ctx.dispatch({ type: 'command/set', text });
      if (state.status?.level === 'error') ctx.dispatch({ type: 'status/set', status: undefined });
    }
  }
}

function helpKey(input: string, key: Key, ctx: CommandContext): void {
  if (key.ctrl && input === 'c') ctx.quit();
  else if (key.escape || key.return || input === '?' || input === 'q')
    ctx.dispatch({ type: 'mode/set', mode: 'normal' });
}

function dialogInput(input: string, key: Key, ctx: CommandContext): void {
  const { dialog } = ctx.getState();
  if (!dialog) return;
  if (key.ctrl && input === 'c') {
    ctx.quit();
    return;
  }
  const step = dialogKey(dialog, input, key);
  if (!step) return;
  if ('cancel' in step) ctx.dispatch({ type: 'dialog/close' });
  else if ('dialog' in step) ctx.dispatch({ type: 'dialog/update', dialog: step.dialog });
  else {
    const result = handleIntent(dialog.intent, step.submit, ctx);
    // the handler may have opened another dialog (a follow-up question): leave that one open
    if (result)
      ctx.dispatch({ type: 'dialog/update', dialog: withErrors(dialog, result.error, result.fieldErrors) });
    else if (ctx.getState().dialog === dialog) ctx.dispatch({ type: 'dialog/close' });
  }
}

export function routeKey(input: string, key: Key, ctx: CommandContext): void {
  const state = ctx.getState();
  if (state.suspended) return;
  if (state.dialog) {
    dialogInput(input, key, ctx);
    return;
  }
  const view = state.views[state.views.length - 1];
  if (view && state.mode !== 'help' && state.mode !== 'command') {
    if (key.ctrl && input === 'c') ctx.quit();
    else if (input === '?' && !('searching' in view && view.searching))
      ctx.dispatch({ type: 'mode/set', mode: 'help' });
    else handleViewKey(view, input, key, ctx);
    return;
  }
  switch (state.mode) {
    case 'normal':
      normalKey(input, key, ctx);
      return;
    case 'filter':
      filterKey(input, key, ctx);
      return;
    case 'help':
      helpKey(input, key, ctx);
      return;
    case 'command':
      commandKey(input, key, ctx);
      return;
  }
}

/** Splits a burst (a paste, keys typed faster than a frame, text then enter) into single keys, each routed
 *  by the mode it finds: ":q⏎" opens the command line, types "q", and runs it. */
export function routeInput(input: string, key: Key, ctx: CommandContext): void {
  const burst =
    input.length > 1 && !key.ctrl && !key.meta && !key.escape && /^[\x00-\x1a\x1c-\x7f]+$/.test(input);
  if (!burst) {
    routeKey(input, key, ctx);
    return;
  }
  for (const ch of input) {
    // keys typed before raw mode was on went through the tty's line discipline: enter arrives as \n
    if (ch === '\r' || ch === '\n') routeKey('', { ...plainKey, return: true }, ctx);
    else if (ch === '\t') routeKey('', { ...plainKey, tab: true }, ctx);
    else if (ch === '\x7f' || ch === '\b') routeKey('', { ...plainKey, backspace: true }, ctx);
    // other control characters are ctrl-letters (ctrl-u is \x15)
    else if (ch < ' ') routeKey(String.fromCharCode(ch.charCodeAt(0) + 96), { ...plainKey, ctrl: true }, ctx);
    else routeKey(ch, { ...plainKey, shift: ch !== ch.toLowerCase() }, ctx);
  }
}

export function useInputRouter(ctx: CommandContext, isActive: boolean): void {
  useInput((input, key) => routeInput(input, key, ctx), { isActive });
}
