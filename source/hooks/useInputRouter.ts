// All keys come in here and go where the current mode says: the lists (through the keymap table),
// the filter prompt, or the help overlay. The mode is read fresh for every key, so a burst of keys
// ("/web" arriving in one read) is split correctly: "/" opens the filter, "web" goes into it.
import { type Key, useInput } from 'ink';
import { type Command, lookup, lookupBlocked } from '../keymap.js';
import { keyName } from '../keys.js';
import type { Action } from '../store/actions.js';
import { PANES, type PaneId, type State } from '../store/state.js';
import { editLine } from '../textInput.js';

export interface CommandContext {
  getState: () => State;
  dispatch: (action: Action) => void;
  /** Rows in a page of the current list. */
  pageSize: number;
  quit: () => void;
}

/** What each command does. */
export function runCommand(command: Command, ctx: CommandContext): void {
  const { dispatch } = ctx;
  const state = ctx.getState();
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
    case 'help':
      dispatch({ type: 'mode/set', mode: 'help' });
      return;
    case 'back':
      if (state.lists[state.pane].filter) dispatch({ type: 'filter/set', text: '' });
      dispatch({ type: 'status/set', status: undefined });
      return;
    case 'quit':
      ctx.quit();
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

function helpKey(input: string, key: Key, ctx: CommandContext): void {
  if (key.ctrl && input === 'c') ctx.quit();
  else if (key.escape || key.return || input === '?' || input === 'q')
    ctx.dispatch({ type: 'mode/set', mode: 'normal' });
}

export function routeKey(input: string, key: Key, ctx: CommandContext): void {
  switch (ctx.getState().mode) {
    case 'normal':
      normalKey(input, key, ctx);
      return;
    case 'filter':
      filterKey(input, key, ctx);
      return;
    case 'help':
      helpKey(input, key, ctx);
      return;
  }
}

const plainKey: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

// The keys a burst may carry besides printable ones: ink splits chunks only at escape sequences, so
// "/web⏎" typed ahead (or arriving in one read over SSH) comes as one string.
const BURST_KEYS: Record<string, Partial<Key>> = {
  '\r': { return: true },
  '\n': { return: true },
  '\t': { tab: true },
  '\x7f': { backspace: true },
  '\b': { backspace: true },
};

/** Splits a burst of typed characters into single keys, each routed by the mode it finds. */
export function routeInput(input: string, key: Key, ctx: CommandContext): void {
  const burst =
    input.length > 1 && !key.ctrl && !key.meta && !key.escape && /^[\x20-\x7e\r\n\t\x7f\b]+$/.test(input);
  if (!burst) {
    routeKey(input, key, ctx);
    return;
  }
  for (const ch of input) {
    const special = BURST_KEYS[ch];
    if (special) routeKey('', { ...plainKey, ...special }, ctx);
    else routeKey(ch, { ...plainKey, shift: ch !== ch.toLowerCase() }, ctx);
  }
}

export function useInputRouter(ctx: CommandContext): void {
  useInput((input, key) => routeInput(input, key, ctx));
}
