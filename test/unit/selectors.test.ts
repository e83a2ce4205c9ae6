import { describe, expect, it } from 'vitest';
import { toContainer } from '../../source/docker/containers.js';
import {
  containerCounts,
  matchesFilter,
  paneIds,
  selectionIndex,
  sortContainers,
  visibleContainers,
} from '../../source/store/selectors.js';
import { initialState } from '../../source/store/state.js';
import { recordedContainers } from './fixtures.js';
import { container } from './make.js';

describe('sortContainers', () => {
  it('puts running (and restarting) first, then sorts by name', () => {
    const sorted = sortContainers(recordedContainers().map(toContainer)).map((c) => `${c.name}:${c.state}`);
    expect(sorted).toEqual([
      'looper:running',
      'p-int:running',
      'p-net:running',
      'p-none:running',
      'shop-api-1:running',
      'weird:running',
      'failed-job:exited',
      'fresh:created',
      'paused-one:paused',
    ]);
  });

  it('counts restarting as running', () => {
    const sorted = sortContainers([
      container('b', 'exited'),
      container('z', 'restarting'),
      container('a', 'exited'),
    ]);
    expect(sorted.map((c) => c.name)).toEqual(['z', 'a', 'b']);
  });

  it('breaks ties between equal names by id, so the order does not depend on the engine’s order', () => {
    const a = container('same', 'running', { id: 'a'.repeat(64) });
    const b = container('same', 'running', { id: 'b'.repeat(64) });
    expect(sortContainers([b, a]).map((c) => c.id)).toEqual([a.id, b.id]);
    expect(sortContainers([a, b]).map((c) => c.id)).toEqual([a.id, b.id]);
  });

  it('does not change its input', () => {
    const list = [container('b'), container('a')];
    sortContainers(list);
    expect(list.map((c) => c.name)).toEqual(['b', 'a']);
  });
});

describe('matchesFilter', () => {
  it('is a case-insensitive substring match over any field', () => {
    expect(matchesFilter('', 'x')).toBe(true);
    expect(matchesFilter('API', 'shop-api-1', 'img')).toBe(true);
    expect(matchesFilter('img', 'shop-api-1', 'IMG:1')).toBe(true);
    expect(matchesFilter('zzz', 'shop-api-1', 'img')).toBe(false);
  });
});

describe('visibleContainers and paneIds', () => {
  const state = {
    ...initialState(),
    containers: recordedContainers().map(toContainer),
    containersLoaded: true,
  };

  it('lists the same array again for the same containers (rows are not rebuilt for nothing)', () => {
    expect(visibleContainers(state)).toBe(visibleContainers({ ...state }));
  });

  it('lists container ids on the containers pane and nothing on panes not built yet', () => {
    expect(paneIds(state, 'containers')).toHaveLength(9);
    expect(paneIds(state, 'images')).toEqual([]);
  });

  it('counts all containers and the running ones', () => {
    expect(containerCounts(state)).toEqual({ total: 9, running: 6 });
  });
});

describe('selectionIndex', () => {
  it('finds the selected id, else clamps the old index, else -1 for an empty list', () => {
    expect(selectionIndex(['a', 'b', 'c'], 'c', 0)).toBe(2);
    expect(selectionIndex(['a', 'b', 'c'], 'gone', 1)).toBe(1);
    expect(selectionIndex(['a', 'b'], 'gone', 7)).toBe(1);
    expect(selectionIndex(['a', 'b'], undefined, -3)).toBe(0);
    expect(selectionIndex([], 'a', 0)).toBe(-1);
  });
});
