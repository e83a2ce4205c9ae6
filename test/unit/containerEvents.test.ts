import { describe, expect, it } from 'vitest';
import type { Container, EngineEvent } from '../../source/docker/types.js';
import { applyContainerEvents, patchContainers } from '../../source/store/containerEvents.js';
import { container } from './make.js';

const applyContainerEvent = (list: Container[], e: EngineEvent) => applyContainerEvents(list, [e]);

const event = (id: string, action: string, attributes: Record<string, string> = {}): EngineEvent => ({
  type: 'container',
  action,
  id,
  timeNano: 0,
  attributes,
});

describe('a container event applied to its row', () => {
  const web = container('web');
  const db = container('db', 'exited');
  const list = [web, db];

  it('die: exited with the exit code, as the next list would say', () => {
    const after = applyContainerEvent(list, event(web.id, 'die', { exitCode: '137' }));
    expect(after[0]).toMatchObject({ state: 'exited', status: 'Exited (137) Less than a second ago' });
    expect(after[1]).toBe(db);
  });

  it('start, pause and unpause, rename, destroy', () => {
    expect(applyContainerEvent(list, event(db.id, 'start'))[1]).toMatchObject({ state: 'running' });
    const paused = applyContainerEvent(list, event(web.id, 'pause'));
    expect(paused[0]).toMatchObject({ state: 'paused', status: 'Up 3 minutes (Paused)' });
    expect(applyContainerEvent(paused, event(web.id, 'unpause'))[0]).toMatchObject({
      state: 'running',
      status: 'Up 3 minutes',
    });
    expect(applyContainerEvent(list, event(web.id, 'rename', { name: '/web-2' }))[0]!.name).toBe('web-2');
    expect(applyContainerEvent(list, event(web.id, 'destroy'))).toEqual([db]);
  });

  it('changes nothing for other events or unknown containers', () => {
    expect(applyContainerEvent(list, event(web.id, 'exec_start'))).toBe(list);
    expect(applyContainerEvent(list, event('f'.repeat(64), 'die'))).toBe(list);
    expect(applyContainerEvent(list, { ...event(web.id, 'die'), type: 'network' })).toBe(list);
  });
});

describe('events applied in one pass', () => {
  const web = container('web');
  const db = container('db', 'exited');
  const list = [web, db];

  it('applies each in order, a row at a time, and none after its container is gone', () => {
    const after = applyContainerEvents(list, [
      event(web.id, 'rename', { name: '/web-2' }),
      event(db.id, 'start'),
      event(web.id, 'die', { exitCode: '1' }),
      event(db.id, 'destroy'),
      event(db.id, 'start'),
      event('f'.repeat(64), 'die'),
    ]);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({
      name: 'web-2',
      state: 'exited',
      status: 'Exited (1) Less than a second ago',
    });
  });

  it('gives the same array when no event changes a row', () => {
    expect(applyContainerEvents(list, [event(web.id, 'exec_start'), event('f'.repeat(64), 'die')])).toBe(
      list,
    );
    expect(applyContainerEvents(list, [])).toBe(list);
  });
});

describe('a re-list of just the containers events named', () => {
  const web = container('web', 'running');
  const db = container('db', 'running');
  const cache = container('cache', 'exited');

  it('replaces the listed ones, adds new ones, drops asked-for ones not listed, keeps the rest', () => {
    const stopped = { ...web, state: 'exited' as const, status: 'Exited (0) 1 second ago' };
    const fresh = container('fresh', 'created');
    const next = patchContainers([web, db, cache], [web.id, cache.id, fresh.id], [stopped, fresh]);
    expect(next).toEqual([stopped, db, fresh]);
  });

  it('gives the same array when the engine says what the list already says', () => {
    const list = [web, db];
    expect(patchContainers(list, [web.id], [{ ...web }])).toBe(list);
  });
});
