// Keys typed fast (or over SSH) can share one read: "name\t\t10.0.0.0/24\r". Each must act on its own.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../source/hooks/actionContext.js';
import { routeInput } from '../../source/hooks/useInputRouter.js';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { initialState, type State } from '../../source/store/state.js';

const noKey = { ctrl: false, meta: false, escape: false } as Key;

function context(state: State): ActionContext & { state: () => State } {
  let current = state;
  return {
    client: {} as ActionContext['client'],
    getState: () => current,
    dispatch: (action: Action) => {
      current = reducer(current, action);
    },
    refresh: () => undefined,
    handOverTerminal: async () => undefined,
    quit: () => undefined,
    switchContext: () => 'no contexts in tests',
    pageSize: 10,
    viewHeight: 10,
    state: () => current,
  };
}

describe('a burst of keys in one read', () => {
  it('splits text, tab and backspace into single keys for the form', () => {
    const ctx = context({
      ...initialState(),
      dialog: {
        kind: 'form',
        title: 't',
        focus: 0,
        intent: { type: 'noop' },
        fields: [
          { id: 'a', label: 'A', value: '' },
          { id: 'b', label: 'B', value: '' },
        ],
      },
    });
    routeInput('abc\x7f\tx', noKey, ctx);
    const dialog = ctx.state().dialog;
    expect(dialog?.kind === 'form' && dialog.fields.map((f) => f.value)).toEqual(['ab', 'x']);
  });

  it('submits on an enter inside the burst', () => {
    const ctx = context({
      ...initialState(),
      dialog: {
        kind: 'form',
        title: 't',
        focus: 0,
        intent: { type: 'noop' },
        fields: [{ id: 'a', label: 'A', value: '' }],
      },
    });
    routeInput('ok\r', noKey, ctx);
    expect(ctx.state().dialog).toBeUndefined();
  });
});
