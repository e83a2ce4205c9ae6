import { afterEach, describe, expect, it } from 'vitest';
import { container } from '../unit/make.js';
import { FakeEngine } from './fakeClient.js';
import { lineWith, renderApp } from './render.js';

let app: ReturnType<typeof renderApp> | undefined;
afterEach(() => {
  app?.unmount();
  app?.cleanup();
  app = undefined;
});

const start = (engine: FakeEngine, props = {}) => {
  app = renderApp(engine, props);
  return app;
};

const three = () => [
  container('web'),
  container('api'),
  container('old', 'exited', { status: 'Exited (1) 2 hours ago' }),
];
const selectedLine = (frame: string) => frame.split('\n').find((l) => l.includes('▶'));

describe('App with a fake engine', () => {
  it('renders the header, the tabs, the list with its columns, and the footer', async () => {
    const a = start(new FakeEngine(three()));
    const f = await a.waitFor('3 containers (2 up)');
    expect(f).toContain('berth');
    expect(f).toContain('unix:///fake/docker.sock · Engine 20.10.24');
    expect(f).toContain('1 Containers');
    expect(f).toMatch(/NAME\s+IMAGE\s+STATE\s+STATUS\s+PORTS/);
    expect(lineWith(f, 'old')).toMatch(/exited\s+Exited \(1\) 2 hours ago/);
    expect(f).toContain('q quit');
    // running first, then by name
    const order = ['api', 'web', 'old'].map((n) => f.indexOf(` ${n} `));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('moves the selection with j and k', async () => {
    const a = start(new FakeEngine(three()));
    await a.waitFor('3 containers');
    expect(selectedLine(a.frame())).toContain('api');
    expect(selectedLine(await a.press('j'))).toContain('web');
    expect(selectedLine(await a.press('j'))).toContain('old');
    expect(selectedLine(await a.press('k'))).toContain('web');
  });

  it('narrows the list with the filter and says so in the tabs line', async () => {
    const a = start(new FakeEngine(three()));
    await a.waitFor('3 containers');
    await a.press('/');
    for (const ch of 'we') await a.press(ch);
    const f = await a.press('\r');
    expect(f).toContain('/filter: we');
    expect(f).toContain(' web ');
    expect(f).not.toContain(' api ');
    const cleared = await a.press('\x1b');
    expect(cleared).toContain(' api ');
    expect(cleared).not.toContain('/filter');
  });

  it('says so when the filter matches nothing', async () => {
    const a = start(new FakeEngine(three()));
    await a.waitFor('3 containers');
    await a.press('/');
    await a.press('z');
    expect(a.frame()).toContain('no container matches "z"');
  });

  it('shows every key of the pane with ? and closes it with esc', async () => {
    const a = start(new FakeEngine(three()));
    await a.waitFor('3 containers');
    const help = await a.press('?');
    expect(help).toContain('Keys: Containers');
    expect(help).toMatch(/tab\s+Next pane/);
    expect(help).toMatch(/q \^c\s+Quit berth/);
    expect(await a.press('\x1b')).not.toContain('Keys: Containers');
  });

  it('hides stopped containers with S', async () => {
    const a = start(new FakeEngine(three()));
    await a.waitFor('3 containers');
    const hidden = await a.press('S');
    expect(hidden).not.toContain(' old ');
    expect(hidden).toContain('showing running containers only');
    expect(await a.press('S')).toContain(' old ');
  });

  it('follows the engine: an event brings a re-list, and the selection stays on its container', async () => {
    const web = container('web');
    const engine = new FakeEngine([web, container('db')]);
    const a = start(engine);
    await a.waitFor('2 containers');
    await a.press('j');
    expect(selectedLine(a.frame())).toContain('web');
    engine.change([web, container('db'), container('api')]);
    const f = await a.waitFor('3 containers');
    expect(selectedLine(f)).toContain('web');
  });

  it('shows the endpoint and the retry countdown when the engine is down, and recovers', async () => {
    const engine = new FakeEngine(three(), 'unix:///nowhere/docker.sock');
    engine.goDown();
    const a = start(engine);
    const f = await a.waitFor('retrying in');
    expect(f).toContain('engine down');
    expect(f).toContain('unix:///nowhere/docker.sock');
    expect(f).toMatch(/dockerd running/);
    engine.comeBack();
    await a.waitFor('3 containers (2 up)');
    expect(a.frame()).not.toContain('retrying in');
  });

  it('loses the engine while running, keeps the last list, and resubscribes when it returns', async () => {
    const engine = new FakeEngine(three());
    const a = start(engine);
    await a.waitFor('3 containers');
    engine.goDown();
    await a.waitFor('retrying in');
    expect(a.frame()).toContain(' web ');
    engine.comeBack();
    engine.containers = [...three(), container('new')];
    await a.waitFor('4 containers');
    expect(engine.subscribed).toBe(1);
  });

  it('marks read-only in the header', async () => {
    const a = start(new FakeEngine(three()), { readOnly: true });
    expect(await a.waitFor('READ-ONLY')).toContain('READ-ONLY');
  });
});
