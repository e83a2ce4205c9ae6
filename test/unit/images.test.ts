// The images pane's pure parts: references, sizes and ages, rows and selection, build arguments,
// the keymap under --read-only.
import { describe, expect, it } from 'vitest';
import { parseReference, referenceError, registryOf } from '../../source/docker/reference.js';
import type { Container, Image, ImageLayer } from '../../source/docker/types.js';
import { parseBuildArgs } from '../../source/hooks/imageColonCommands.js';
import { normaliseRegistry } from '../../source/hooks/loginTask.js';
import { bindingsFor, lookup } from '../../source/keymap.js';
import { formatAge, formatBytes } from '../../source/render/format.js';
import { historyLines, layerCommand } from '../../source/render/imageHistory.js';
import { imageCells } from '../../source/render/imageRow.js';
import {
  imageRows,
  imageUsage,
  pruneCandidates,
  visibleImageRows,
} from '../../source/store/imageSelectors.js';
import { reducer } from '../../source/store/reducer.js';
import { paneIds } from '../../source/store/selectors.js';
import { initialState } from '../../source/store/state.js';

const image = (id: string, tags: string[], created: number, size = 1000): Image => ({
  id: `sha256:${id.padEnd(64, '0')}`,
  repoTags: tags,
  repoDigests: [],
  parentId: '',
  created,
  size,
  labels: {},
});

const container = (name: string, imageId: string): Container =>
  ({ id: name, name, imageId, state: 'exited' }) as unknown as Container;

describe('image references', () => {
  it('accepts what the engine accepts', () => {
    expect(parseReference('busybox')).toEqual({
      domain: undefined,
      path: 'busybox',
      tag: undefined,
      digest: undefined,
    });
    expect(parseReference('127.0.0.1:5000/berth/app:1.0')).toMatchObject({
      domain: '127.0.0.1:5000',
      path: 'berth/app',
      tag: '1.0',
    });
    expect(parseReference('localhost/app')).toMatchObject({ domain: 'localhost', path: 'app' });
    expect(parseReference(`ghcr.io/a/b@sha256:${'a'.repeat(64)}`)).toMatchObject({ domain: 'ghcr.io' });
    expect(referenceError('my_app.x-y__z:V1.2-rc_3')).toBeUndefined();
  });

  it('says what is wrong with a bad one', () => {
    expect(referenceError('')).toMatch(/needed/);
    expect(referenceError('Busybox')).toMatch(/lowercase/);
    expect(referenceError('a b')).toMatch(/space/);
    expect(referenceError('app:-x')).toMatch(/not a tag/);
    expect(referenceError('a:b:c')).toMatch(/more than one ":"/);
    expect(referenceError('app@sha256:123')).toMatch(/not a digest/);
    expect(referenceError('app//x')).toMatch(/not a valid repository name part/);
  });

  it('knows the registry credentials are kept under', () => {
    const hub = 'https://index.docker.io/v1/';
    expect(registryOf(parseReference('busybox') as never)).toBe(hub);
    expect(registryOf(parseReference('docker.io/library/busybox') as never)).toBe(hub);
    expect(registryOf(parseReference('127.0.0.1:5000/x') as never)).toBe('127.0.0.1:5000');
    expect(normaliseRegistry(undefined)).toBe(hub);
    expect(normaliseRegistry('https://127.0.0.1:5000/')).toBe('127.0.0.1:5000');
    expect(normaliseRegistry('not a host')).toMatchObject({ error: expect.stringMatching(/not a registry/) });
  });
});

describe('sizes, ages and rows', () => {
  it('prints sizes and ages as the docker CLI does', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1_980_000)).toBe('1.98 MB');
    expect(formatBytes(123_400_000)).toBe('123 MB');
    expect(formatBytes(5_000_000_000)).toBe('5 GB');
    const now = 1_700_000_000_000;
    expect(formatAge(now - 3 * 86_400_000, now)).toBe('3 days ago');
  });

  it('makes one row per tag, untagged images as <none>:<none>, newest first', () => {
    const rows = imageRows([
      image('a', ['app:1', 'app:latest'], 100),
      image('b', [], 200),
      image('c', ['old:1'], 50),
    ]);
    expect(rows.map((r) => r.ref)).toEqual(['<none>:<none>', 'app:1', 'app:latest', 'old:1']);
    expect(rows[0]!.key).toBe(`sha256:${'b'.padEnd(64, '0')}`);
    expect(rows[0]!.dangling).toBe(true);
    expect(imageCells(rows[1]!, 2, 100_000)).toMatchObject({ ref: 'app:1', id: 'a00000000000', used: '2' });
  });

  it('filters, hides dangling images on the toggle, counts users, and estimates a prune', () => {
    const used = image('a', ['app:1'], 100, 5000);
    const dangling = image('b', [], 200, 700);
    const unusedTagged = image('c', ['old:1'], 50, 300);
    let state = reducer(initialState(), { type: 'images/loaded', images: [used, dangling, unusedTagged] });
    state = reducer(state, { type: 'containers/loaded', containers: [container('web', used.id)] });
    state = reducer(state, { type: 'pane/switch', pane: 'images' });
    expect(paneIds(state, 'images')).toHaveLength(3);
    expect(
      imageUsage(state)
        .get(used.id)
        ?.map((c) => c.name),
    ).toEqual(['web']);
    expect(pruneCandidates(state, false)).toEqual({ count: 1, bytes: 700 });
    expect(pruneCandidates(state, true)).toEqual({ count: 2, bytes: 1000 });
    state = reducer(state, { type: 'dangling/toggle' });
    expect(visibleImageRows(state).map((r) => r.ref)).toEqual(['app:1', 'old:1']);
    state = reducer(state, { type: 'filter/set', text: 'old' });
    expect(visibleImageRows(state).map((r) => r.ref)).toEqual(['old:1']);
    state = reducer(state, { type: 'filter/set', text: '' });
    state = reducer(state, { type: 'images/select', id: 'old:1' });
    expect(state.lists.images.selectedId).toBe('old:1');
  });

  it('shows an image history newest first with readable commands', () => {
    const layers: ImageLayer[] = [
      {
        id: 'sha256:abc',
        created: 100,
        createdBy: '/bin/sh -c #(nop)  CMD ["/bin/sh"]',
        size: 0,
        tags: ['x:1'],
        comment: '',
      },
      {
        id: '<missing>',
        created: 90,
        createdBy: '/bin/sh -c echo hi > /f',
        size: 1500,
        tags: [],
        comment: '',
      },
    ];
    expect(layerCommand(layers[0]!.createdBy)).toBe('CMD ["/bin/sh"]');
    const lines = historyLines(layers, 200_000);
    expect(lines[0]).toBe('2 layers, 1.5 kB in all');
    expect(lines.some((l) => l.includes('/bin/sh -c echo hi > /f') && l.startsWith('<missing>'))).toBe(true);
    expect(lines.some((l) => l.includes('tags: x:1'))).toBe(true);
  });
});

describe(':build words and the keymap', () => {
  it('reads :build DIR -t TAG -f FILE', () => {
    expect(parseBuildArgs(['ctx', '-t', 'app:1', '-f', 'Other'])).toEqual({
      context: 'ctx',
      tag: 'app:1',
      dockerfile: 'Other',
    });
    expect(parseBuildArgs(['--tag=app:2'])).toEqual({ tag: 'app:2' });
    expect(parseBuildArgs(['-t'])).toMatch(/needs a value/);
    expect(parseBuildArgs(['a', 'b'])).toMatch(/one directory/);
    expect(parseBuildArgs(['--squash'])).toMatch(/unknown option/);
  });

  it('takes every mutating image key away under --read-only, keeping inspect and the toggle', () => {
    for (const key of ['P', 'b', 't', 'd', 'n', 'X']) {
      expect(lookup(key, 'images')).toBeDefined();
      expect(lookup(key, 'images', { readOnly: true })).toBeUndefined();
    }
    expect(lookup('i', 'images', { readOnly: true })?.command).toBe('image.inspect');
    expect(lookup('D', 'images', { readOnly: true })?.command).toBe('image.toggleDangling');
    expect(bindingsFor('containers').some((b) => b.command.startsWith('image.'))).toBe(false);
  });
});
