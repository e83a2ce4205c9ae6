// The images pane as a user lives it: the built CLI in a real pty, on the private engine (and a real
// registry for the pull): tag and remove by keys, pull with progress bars, and the engine agrees.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import { testDocker, testHost, uniqueName, waitFor } from '../support/docker.js';
import { KEYS, launch, type Screen } from '../support/pty.js';
import { type Registry, startRegistry } from '../support/registry.js';

const docker = testDocker();
const client = createClient(parseEndpoint(testHost()));
let screen: Screen | undefined;
const made: string[] = [];
const dirs: string[] = [];

afterEach(async () => {
  await screen?.close();
  screen = undefined;
});
afterAll(async () => {
  for (const ref of made)
    await docker
      .getImage(ref)
      .remove({ force: true })
      .catch(() => undefined);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const open = (env: Record<string, string> = {}) => {
  screen = launch({ args: ['--host', testHost()], env });
  return screen;
};

const tagsOf = async (ref: string) =>
  (
    (await docker
      .getImage(ref)
      .inspect()
      .catch(() => undefined)) as { RepoTags: string[] } | undefined
  )?.RepoTags;

describe('the images pane', () => {
  it('tags an image by keys and removes the tag by keys, and the engine agrees', async () => {
    const ref = `${uniqueName('e2e-tag')}:v1`;
    made.push(ref);
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('2');
    await s.waitFor('REPOSITORY:TAG');
    await s.waitFor('berth-test:latest');
    s.press('/');
    await s.type('berth-test:latest');
    s.press(KEYS.enter);
    await s.waitFor((x) => /▶\s+berth-test:latest/.test(x.text()));
    s.press('t');
    await s.waitFor('Tag berth-test:latest as');
    s.press('\x15'); // ctrl-u clears the prefilled repository
    await s.waitFor('› New tag  █');
    await s.type(ref);
    s.press(KEYS.enter);
    await s.waitFor(`tagged berth-test:latest as ${ref}`);
    expect(await waitFor(() => tagsOf(ref))).toContain(ref);

    s.press(KEYS.escape); // clears the filter
    await s.waitFor((x) => !x.text().includes('/filter'));
    s.press('/');
    await s.type(ref);
    s.press(KEYS.enter);
    await s.waitFor((x) => x.lines().some((l) => l.startsWith('▶') && l.includes(ref)));
    s.press('d');
    await s.waitFor('Remove');
    expect(s.text()).toContain(`${ref}: only the tag goes`);
    s.press('y');
    await s.waitFor(
      (x) =>
        x.text().includes(`untagged ${ref}`) && !x.lines().some((l) => l.startsWith('▶') && l.includes(ref)),
    );
    expect(await tagsOf(ref)).toBeUndefined();
    expect(await tagsOf('berth-test:latest')).toContain('berth-test:latest');
  });

  it('refuses a bad reference inline and sends nothing', async () => {
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('2');
    await s.waitFor('berth-test:latest');
    s.press('P');
    await s.waitFor('Pull an image');
    await s.type('Bad Name');
    s.press(KEYS.enter);
    await s.waitFor('contains a space');
    expect(s.text()).toContain('Bad Name');
    s.press(KEYS.escape);
    await s.waitFor('REPOSITORY:TAG');
  });

  describe('with a registry', () => {
    let registry: Registry;
    let configDir: string;
    beforeAll(async () => {
      registry = await startRegistry();
      configDir = mkdtempSync(join(tmpdir(), 'berth-e2e-config-'));
      dirs.push(configDir);
      // what `docker login` leaves behind: berth reads the credentials from here (never ~/.docker)
      const auth = Buffer.from(`${registry.user}:${registry.password}`).toString('base64');
      writeFileSync(
        join(configDir, 'config.json'),
        JSON.stringify({ auths: { [registry.address]: { auth } } }),
      );
    });
    afterAll(() => registry.stop());

    it('pulls from the registry by keys, shows progress bars, then the image in the list', async () => {
      const ref = `${registry.address}/berth/${uniqueName('e2e-pull')}:v1`;
      made.push(ref);
      const context = mkdtempSync(join(tmpdir(), 'berth-e2e-build-'));
      dirs.push(context);
      writeFileSync(
        join(context, 'Dockerfile'),
        `FROM berth-test:latest\nRUN seq 1 50000 > /numbers && echo ${ref} > /ref\n`,
      );
      await client.build({ context, tag: ref, onOutput: () => undefined });
      const auth = { username: registry.user, password: registry.password, serveraddress: registry.address };
      await client.push(ref, () => undefined, { auth });
      await docker.getImage(ref).remove();
      expect(await tagsOf(ref)).toBeUndefined();

      const s = open({ DOCKER_CONFIG: configDir });
      await s.waitFor(/Engine \d/);
      s.press('2');
      await s.waitFor('berth-test:latest');
      s.press('P');
      await s.waitFor('Pull an image');
      await s.type(ref);
      s.press(KEYS.enter);
      await s.waitFor(`pull ${ref}`);
      await s.waitFor((x) => /pull .* · done/.test(x.text()), 20_000);
      expect(s.text()).toMatch(/overall \[█+\] 100%/);
      expect(s.text()).toMatch(/[0-9a-f]{12} {2}\[█+\] 100% {2}Pull complete/);
      expect(s.text()).toContain(`pulled ${ref}`);
      s.press(KEYS.escape);
      await s.waitFor((x) => x.lines().some((l) => l.startsWith('▶') && l.includes(ref)));
      expect(await tagsOf(ref)).toContain(ref);
    });
  });
});
