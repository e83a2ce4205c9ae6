import { describe, expect, it } from 'vitest';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { selectedContainer, selectedIndex, visibleContainers } from '../../source/store/selectors.js';
import { initialState, type State } from '../../source/store/state.js';
import { container } from './make.js';

const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const names = (s: State) => visibleContainers(s).map((c) => c.name);
const loaded = (...cs: ReturnType<typeof container>[]): Action => ({
  type: 'containers/loaded',
  containers: cs,
});

const web = container('web');
const api = container('api');
const db = container('db');
const old = container('old', 'exited');

describe('reducer', () => {
  it('starts connecting, on the containers pane, with stopped containers shown', () => {
    const s = initialState();
    expect(s.engine.state).toBe('connecting');
    expect(s.pane).toBe('containers');
    expect(s.showStopped).toBe(true);
    expect(s.containersLoaded).toBe(false);
    expect(initialState({ showStopped: false, readOnly: true })).toMatchObject({
      showStopped: false,
      readOnly: true,
    });
  });

  it('records the engine going up and down', () => {
    const version = { version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' };
    const up = reducer(initialState(), { type: 'engine/up', version });
    expect(up.engine).toEqual({ state: 'up', version });
    const error = { kind: 'daemon-down' as const, message: 'cannot reach' };
    const down = reducer(up, { type: 'engine/down', error, retryAt: 123 });
    expect(down.engine).toEqual({ state: 'down', version, error, retryAt: 123 });
    expect(reducer(down, { type: 'engine/up', version }).engine).toEqual({ state: 'up', version });
  });

  it('selects the first row of the first list', () => {
    const s = run(initialState(), loaded(web, api, db));
    expect(s.containersLoaded).toBe(true);
    expect(selectedContainer(s)?.name).toBe('api');
  });

  it('moves the selection and stops at the ends', () => {
    let s = run(initialState(), loaded(web, api, db));
    s = run(s, { type: 'select/move', delta: 1 });
    expect(selectedContainer(s)?.name).toBe('db');
    s = run(s, { type: 'select/move', delta: 10 });
    expect(selectedContainer(s)?.name).toBe('web');
    s = run(s, { type: 'select/move', delta: -10 });
    expect(selectedContainer(s)?.name).toBe('api');
    s = run(s, { type: 'select/edge', edge: 'bottom' });
    expect(selectedIndex(s)).toBe(2);
    s = run(s, { type: 'select/edge', edge: 'top' });
    expect(selectedIndex(s)).toBe(0);
  });

  it('keeps the selection on the same container when another one appears above it', () => {
    let s = run(initialState(), loaded(web, db), { type: 'select/id', id: web.id });
    expect(selectedIndex(s)).toBe(1);
    s = run(s, loaded(web, db, api));
    expect(names(s)).toEqual(['api', 'db', 'web']);
    expect(selectedContainer(s)?.name).toBe('web');
    expect(selectedIndex(s)).toBe(2);
  });

  it('keeps the selection on its container when a re-list brings new objects for the same ids', () => {
    let s = run(initialState(), loaded(web, api, db), { type: 'select/id', id: db.id });
    s = run(s, loaded({ ...db, status: 'Up 4 minutes' }, { ...web }, { ...api }));
    expect(selectedContainer(s)?.name).toBe('db');
    expect(selectedContainer(s)?.status).toBe('Up 4 minutes');
  });

  it('follows a container that stops and moves below the running ones', () => {
    let s = run(initialState(), loaded(web, api, db), { type: 'select/id', id: api.id });
    s = run(s, loaded(web, { ...api, state: 'exited' }, db));
    expect(names(s)).toEqual(['db', 'web', 'api']);
    expect(selectedContainer(s)?.name).toBe('api');
  });

  it('stays near where it was when its container is removed', () => {
    let s = run(initialState(), loaded(web, api, db), { type: 'select/id', id: db.id });
    s = run(s, loaded(web, api));
    expect(selectedIndex(s)).toBe(1);
    expect(selectedContainer(s)?.name).toBe('web');
    s = run(s, loaded());
    expect(selectedContainer(s)).toBeUndefined();
    expect(s.lists.containers.selectedId).toBeUndefined();
  });

  it('ignores a select/id for a container that is not listed', () => {
    const s = run(initialState(), loaded(web, api));
    expect(reducer(s, { type: 'select/id', id: 'nope' })).toBe(s);
  });

  it('narrows the list with the filter and keeps the selection when its container still matches', () => {
    let s = run(initialState(), loaded(web, api, db), { type: 'select/id', id: web.id });
    s = run(s, { type: 'filter/set', text: 'WE' });
    expect(names(s)).toEqual(['web']);
    expect(selectedContainer(s)?.name).toBe('web');
    s = run(s, { type: 'filter/set', text: '' });
    expect(names(s)).toEqual(['api', 'db', 'web']);
    expect(selectedContainer(s)?.name).toBe('web');
  });

  it('filters by image and by id too', () => {
    const other = container('cache', 'running', { image: 'redis:7' });
    let s = run(initialState(), loaded(web, other), { type: 'filter/set', text: 'redis' });
    expect(names(s)).toEqual(['cache']);
    s = run(s, { type: 'filter/set', text: web.id.slice(0, 6) });
    expect(names(s)).toEqual(['web']);
  });

  it('hides and shows stopped containers, keeping the selection where it can', () => {
    let s = run(initialState(), loaded(web, old, api), { type: 'select/id', id: web.id });
    expect(names(s)).toEqual(['api', 'web', 'old']);
    s = run(s, { type: 'stopped/toggle' });
    expect(s.showStopped).toBe(false);
    expect(names(s)).toEqual(['api', 'web']);
    expect(selectedContainer(s)?.name).toBe('web');
    s = run(s, { type: 'stopped/toggle' });
    expect(names(s)).toEqual(['api', 'web', 'old']);
  });

  it('keeps paused containers when stopped ones are hidden', () => {
    const s = run(initialState({ showStopped: false }), loaded(container('p', 'paused'), old));
    expect(names(s)).toEqual(['p']);
  });

  it('switches panes, cycles both ways, and leaves the filter prompt on a switch', () => {
    let s = run(
      initialState(),
      { type: 'mode/set', mode: 'filter' },
      { type: 'pane/switch', pane: 'images' },
    );
    expect(s.pane).toBe('images');
    expect(s.mode).toBe('normal');
    s = run(s, { type: 'pane/cycle', delta: -1 });
    expect(s.pane).toBe('containers');
    s = run(s, { type: 'pane/cycle', delta: -1 });
    expect(s.pane).toBe('system');
    s = run(s, { type: 'pane/cycle', delta: 1 });
    expect(s.pane).toBe('containers');
    expect(reducer(s, { type: 'pane/switch', pane: 'containers' })).toBe(s);
  });

  it('keeps each pane its own filter', () => {
    let s = run(initialState(), loaded(web, api), { type: 'filter/set', text: 'web' });
    s = run(s, { type: 'pane/switch', pane: 'images' }, { type: 'filter/set', text: 'alpine' });
    expect(s.lists.containers.filter).toBe('web');
    expect(s.lists.images.filter).toBe('alpine');
  });

  it('moves nothing on a pane with no rows', () => {
    const s = run(
      initialState(),
      loaded(web),
      { type: 'pane/switch', pane: 'volumes' },
      { type: 'select/move', delta: 1 },
    );
    expect(s.lists.volumes).toEqual({ selectedIndex: 0, selectedId: undefined, filter: '' });
  });

  it('sets and clears the status line', () => {
    const s = reducer(initialState(), { type: 'status/set', status: { level: 'info', text: 'hi' } });
    expect(s.status).toEqual({ level: 'info', text: 'hi' });
    expect(reducer(s, { type: 'status/set', status: undefined }).status).toBeUndefined();
  });

  it('returns the same state for a mode it is already in', () => {
    const s = initialState();
    expect(reducer(s, { type: 'mode/set', mode: 'normal' })).toBe(s);
  });
});
