import { describe, expect, it } from 'vitest';
import { engineSummary } from '../../source/components/Header.js';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { initialState } from '../../source/store/state.js';
import { container } from '../unit/make.js';
import { FAKE_VERSION } from './fakeClient.js';

const actions: Action[] = [
  { type: 'engine/up', version: FAKE_VERSION },
  { type: 'containers/loaded', containers: [container('a'), container('b', 'exited')] },
];
const state = actions.reduce(reducer, initialState());

describe('engineSummary', () => {
  it('names the context, the endpoint, the engine version and the counts', () => {
    expect(engineSummary(state, 'default', 'unix:///x.sock')).toBe(
      'default · unix:///x.sock · Engine 20.10.24 · 2 containers (1 up)',
    );
  });

  it('drops the version before the counts when the room is short', () => {
    expect(engineSummary(state, 'default', 'unix:///a/long/path/docker.sock', 64)).toBe(
      'default · unix:///a/long/path/docker.sock · 2 containers (1 up)',
    );
  });

  it('then drops the name of the default context, never the counts', () => {
    expect(engineSummary(state, 'default', 'unix:///a/long/path/docker.sock', 53)).toBe(
      'unix:///a/long/path/docker.sock · 2 containers (1 up)',
    );
    const prod = engineSummary(state, 'prod', 'unix:///a/long/path/docker.sock', 52);
    expect(prod.length).toBeLessThanOrEqual(52);
    expect(prod).toMatch(/^prod · unix:\/\/\/a\/l.*….*docker\.sock · 2 containers \(1 up\)$/);
  });

  it('shortens the endpoint in its middle rather than lose the counts or the marks', () => {
    const marked = [
      { type: 'mark/toggle', id: 'a' } as Action,
      { type: 'mark/toggle', id: 'b' } as Action,
    ].reduce(reducer, state);
    const text = engineSummary(marked, 'default', 'unix:///tmp/berth-test-123456/docker.sock', 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text).toMatch(/· 2 containers \(1 up\) · 2 marked$/);
    expect(text).toContain('…');
  });

  it('says connecting, and engine down', () => {
    expect(engineSummary(initialState(), 'default', 'unix:///x.sock')).toBe(
      'default · unix:///x.sock · connecting…',
    );
    const down = reducer(initialState(), {
      type: 'engine/down',
      error: { kind: 'daemon-down', message: 'x' },
      retryAt: 0,
    });
    expect(engineSummary(down, 'default', 'unix:///x.sock')).toBe('default · unix:///x.sock · engine down');
  });
});
