// An engine stuck on one list (dockerd 20.10's networking deadlock leaves `docker network ls` hanging
// while `docker ps` answers): berth opens on the containers all the same, not "connecting…" for ever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHost, waitFor } from '../support/docker.js';
import { launch } from '../support/pty.js';
import { type StallingEngine, stallingEngine } from '../support/stallingEngine.js';

let engine: StallingEngine;
beforeAll(async () => {
  engine = await stallingEngine(testHost(), /^GET \S*\/networks[?\s]/);
});
afterAll(() => engine?.close());

describe('an engine that never answers for its networks', () => {
  it('still shows the containers, and the networks pane waits for its list', async () => {
    const s = launch({ args: ['--host', engine.host] });
    try {
      await s.waitFor(/\d+ containers? \(\d+ up\)/);
      expect(s.text()).not.toContain('connecting…');
      // (the containers may come first: the command asks for them before the bundle asks for the rest)
      await waitFor(() => engine.stalled() === 1);
      s.press('4');
      await s.waitFor('loading networks…');
      s.press('1');
      await s.waitFor(/\d+ containers? \(\d+ up\)/);
      s.press('q');
      expect((await s.exited).exitCode).toBe(0);
    } finally {
      await s.close();
    }
  });
});
