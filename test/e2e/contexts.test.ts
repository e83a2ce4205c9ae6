// Docker contexts: --context picks one from the CLI's store; :ctx switches to another without leaving berth.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { testHost } from '../support/docker.js';
import { KEYS, launch, type Screen } from '../support/pty.js';

const config = mkdtempSync(join(tmpdir(), 'berth-contexts-'));
function addContext(name: string, host: string, description: string) {
  const dir = join(config, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'meta.json'),
    JSON.stringify({
      Name: name,
      Metadata: { Description: description },
      Endpoints: { docker: { Host: host } },
    }),
  );
}
addContext('private', testHost(), 'the test engine');
addContext('nowhere', 'unix:///nonexistent/berth.sock', 'an engine that is not there');

let screen: Screen | undefined;
afterEach(async () => {
  await screen?.close();
  screen = undefined;
});
afterAll(() => rmSync(config, { recursive: true, force: true }));

describe('docker contexts', () => {
  it('opens the context named by --context and switches with :ctx', async () => {
    const s = launch({
      args: ['--context', 'private'],
      env: { DOCKER_CONFIG: config, DOCKER_HOST: undefined },
    });
    screen = s;
    await s.waitFor(`private · ${testHost()} · Engine`);
    await s.type(':ctx nowhere');
    s.press(KEYS.enter);
    await s.waitFor('nowhere · unix:///nonexistent/berth.sock');
    await s.waitFor('engine down');
    expect(s.text()).toMatch(/cannot reach the engine at unix:\/\/\/nonexistent\/berth\.sock/);
    // with no name, a picker lists the contexts; filter and pick
    await s.type(':ctx');
    s.press(KEYS.enter);
    await s.waitFor('Switch to which docker context?');
    expect(s.text()).toContain('the test engine');
    await s.type('priv');
    s.press(KEYS.enter);
    await s.waitFor(`private · ${testHost()} · Engine`);
  });

  it('says which context does not exist', async () => {
    const s = launch({
      args: ['--context', 'missing'],
      env: { DOCKER_CONFIG: config, DOCKER_HOST: undefined },
    });
    screen = s;
    const exit = await s.exited;
    expect(exit.exitCode).toBe(2);
    expect(s.output).toContain('no docker context named "missing"');
  });
});
