import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../source/hooks/actionContext.js';
import { routeInput } from '../../source/hooks/useInputRouter.js';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { selectedContainer } from '../../source/store/selectors.js';
import { initialState, type State } from '../../source/store/state.js';
import { plainKey } from './key.js';
import { container } from './make.js';

/** A store and a router, as App wires them, with the keys fed straight in. */
function harness(state: State = initialState()) {
  let current = reducer(state, {
    type: 'containers/loaded',
    containers: [container('web'), container('api'), container('db'), container('old', 'exited')],
  });
  const actions: Action[] = [];
  let quits = 0;
  const ctx: ActionContext = {
    client: {} as ActionContext['client'],
    refresh: () => undefined,
    handOverTerminal: async () => undefined,
    switchContext: () => 'no contexts in tests',
    viewHeight: 10,
    getState: () => current,
    dispatch: (a) => {
      actions.push(a);
      current = reducer(current, a);
    },
    pageSize: 2,
    quit: () => {
      quits++;
    },
  };
  return {
    send: (input: string, key: Partial<Key> = {}) => routeInput(input, { ...plainKey, ...key }, ctx),
    state: () => current,
    actions,
    quits: () => quits,
  };
}

describe('routeInput', () => {
  it('splits a burst "/web" into the filter key and the text typed into it', () => {
    const h = harness();
    h.send('/web');
    expect(h.state().mode).toBe('filter');
    expect(h.state().lists.containers.filter).toBe('web');
  });

  it('splits a typed-ahead burst with enter, backspace and tab in it', () => {
    const h = harness();
    h.send('/webx\x7f\rj');
    expect(h.state().mode).toBe('normal');
    expect(h.state().lists.containers.filter).toBe('web');
    // typed before raw mode: the tty turned enter into \n
    h.send('', { escape: true });
    h.send('/db\nj');
    expect(h.state().lists.containers.filter).toBe('db');
    expect(h.state().mode).toBe('normal');
    h.send('\t3\t');
    expect(h.state().pane).toBe('networks');
  });

  it('runs each key of a burst in the mode the previous key left', () => {
    const h = harness();
    h.send('jj');
    expect(selectedContainer(h.state())?.name).toBe('web');
    h.send('gG');
    expect(selectedContainer(h.state())?.name).toBe('old');
  });

  it('moves with j, k and the arrows, by a page with page keys', () => {
    const h = harness();
    h.send('', { downArrow: true });
    expect(selectedContainer(h.state())?.name).toBe('db');
    h.send('k');
    expect(selectedContainer(h.state())?.name).toBe('api');
    h.send('', { pageDown: true });
    expect(selectedContainer(h.state())?.name).toBe('web');
    h.send('', { pageUp: true });
    expect(selectedContainer(h.state())?.name).toBe('api');
  });

  it('in the filter: enter keeps the filter, esc clears it, arrows move, backspace edits', () => {
    const h = harness();
    h.send('/');
    h.send('w');
    h.send('x');
    h.send('', { backspace: true });
    expect(h.state().lists.containers.filter).toBe('w');
    h.send('\r', { return: true });
    expect(h.state().mode).toBe('normal');
    expect(h.state().lists.containers.filter).toBe('w');
    h.send('/');
    h.send('', { escape: true });
    expect(h.state().mode).toBe('normal');
    expect(h.state().lists.containers.filter).toBe('');
  });

  it('types q and j into the filter instead of quitting or moving', () => {
    const h = harness();
    h.send('/qj');
    expect(h.quits()).toBe(0);
    expect(h.state().lists.containers.filter).toBe('qj');
  });

  it('esc in the list clears a filter that was kept', () => {
    const h = harness();
    h.send('/db');
    h.send('\r', { return: true });
    h.send('', { escape: true });
    expect(h.state().lists.containers.filter).toBe('');
  });

  it('opens and closes help with ?, and q closes help rather than quitting', () => {
    const h = harness();
    h.send('?');
    expect(h.state().mode).toBe('help');
    h.send('j');
    expect(selectedContainer(h.state())?.name).toBe('api');
    h.send('q');
    expect(h.state().mode).toBe('normal');
    expect(h.quits()).toBe(0);
  });

  it('quits on q and on ctrl-c in every mode', () => {
    const h = harness();
    h.send('q');
    expect(h.quits()).toBe(1);
    h.send('c', { ctrl: true });
    h.send('/');
    h.send('c', { ctrl: true });
    h.send('', { escape: true });
    h.send('?');
    h.send('c', { ctrl: true });
    expect(h.quits()).toBe(4);
  });

  it('switches panes with digits and tab, both ways', () => {
    const h = harness();
    h.send('3');
    expect(h.state().pane).toBe('volumes');
    h.send('', { tab: true });
    expect(h.state().pane).toBe('networks');
    h.send('', { tab: true, shift: true });
    h.send('', { tab: true, shift: true });
    expect(h.state().pane).toBe('images');
    h.send('1');
    expect(h.state().pane).toBe('containers');
  });

  it('hides stopped containers with S and says so on the status line', () => {
    const h = harness();
    h.send('S');
    expect(h.state().showStopped).toBe(false);
    expect(h.state().status?.text).toBe('showing running containers only');
    h.send('S');
    expect(h.state().showStopped).toBe(true);
    expect(h.state().status?.text).toBe('showing all containers');
  });

  it('does not split a burst that carries a control key', () => {
    const h = harness();
    h.send('/', {});
    h.send('ab', { ctrl: true });
    expect(h.state().lists.containers.filter).toBe('');
  });
});
