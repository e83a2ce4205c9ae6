import { afterEach, describe, expect, it } from 'vitest';
import { FakeEngine } from './fakeClient.js';
import { renderApp } from './render.js';

let app: ReturnType<typeof renderApp> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe('the engine-down screen', () => {
  it('names the endpoint, the error, what to try and when it retries, in 100 columns', async () => {
    const engine = new FakeEngine([], 'unix:///nonexistent.sock');
    engine.goDown('ENOENT');
    app = renderApp(engine);
    const f = await app.waitFor('Retrying in');
    expect(f).toContain('berth cannot reach the Docker engine at unix:///nonexistent.sock.');
    expect(f).toContain('cannot reach the engine at unix:///nonexistent.sock (ENOENT)');
    expect(f).toMatch(/Try: is dockerd running\?/);
    expect(f).toMatch(/engine down · retrying in \ds/);
    expect(f).not.toContain('loading containers');
  });
});
