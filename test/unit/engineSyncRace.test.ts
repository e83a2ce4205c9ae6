// A re-list that was on the wire when a container event came, or was asked for just after it, may answer
// with the container as it was before the event; the event's change must survive it (a stopped container
// must not read "running").
import { describe, expect, it } from 'vitest';
import type { Container } from '../../source/docker/types.js';
import { startEngineSync } from '../../source/hooks/engineSync.js';
import type { Action } from '../../source/store/actions.js';
import { reducer } from '../../source/store/reducer.js';
import { initialState } from '../../source/store/state.js';
import { FakeEngine } from '../components/fakeClient.js';
import { container } from './make.js';

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

/** A running container "web" on a fake engine, followed by the sync into a state the test reads. */
async function synced() {
  const web = container('web', 'running');
  const engine = new FakeEngine([web]);
  let current = initialState({});
  const sync = startEngineSync(
    engine.client(),
    (a: Action) => {
      current = reducer(current, a);
    },
    { minIntervalMs: 0, reconcileMs: 600_000 },
  );
  const state = () => current;
  await until(() => state().containersLoaded && engine.subscribed === 1);
  return { web, engine, sync, state };
}

describe('an event during a re-list', () => {
  it('is applied again on top of the re-list that started before it', async () => {
    const { web, engine, sync, state } = await synced();

    // the next list answers only when the test says, with the container still running
    let answer: (list: Container[]) => void = () => undefined;
    engine.listContainers = () =>
      new Promise((done) => {
        answer = done;
      });
    engine.emit({ type: 'container', action: 'create', id: 'other', timeNano: 0, attributes: {} });
    await new Promise((r) => setTimeout(r, 20)); // the re-list is on the wire
    engine.emit({
      type: 'container',
      action: 'die',
      id: web.id,
      timeNano: 0,
      attributes: { exitCode: '137' },
    });
    expect(state().containers[0]?.state).toBe('exited');
    answer([web]);
    await new Promise((r) => setTimeout(r, 20));
    expect(state().containers[0]?.state).toBe('exited');
    expect(state().containers[0]?.status).toMatch(/^Exited \(137\)/);
    sync.stop();
  });

  it('is applied again on top of a re-list asked for just after it, whose answer does not show it yet', async () => {
    // dockerd 20.10 sends "die" before its list says "exited": a list asked for a few ms after the event
    // can still say running
    const { web, engine, sync, state } = await synced();
    const lists = engine.listCalls;
    engine.emit({
      type: 'container',
      action: 'die',
      id: web.id,
      timeNano: 0,
      attributes: { exitCode: '137' },
    });
    expect(state().containers[0]?.state).toBe('exited');
    await until(() => engine.listCalls > lists);
    await new Promise((r) => setTimeout(r, 20));
    expect(state().containers[0]?.state).toBe('exited');
    expect(state().containers[0]?.status).toMatch(/^Exited \(137\)/);
    sync.stop();
  });
});
