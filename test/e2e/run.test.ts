// Running a container as a user does it: the run dialog (n) and :run in the built CLI, in a real pty.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { TEST_IMAGE, testDocker, testHost, uniqueName, waitFor } from '../support/docker.js';
import { KEYS, launch, type Screen } from '../support/pty.js';

const docker = testDocker();
const names: string[] = [];
let screen: Screen | undefined;

afterEach(async () => {
  await screen?.close();
  screen = undefined;
});
afterAll(async () => {
  const list = await docker.listContainers({ all: true });
  await Promise.all(
    list
      .filter((c) => names.some((n) => c.Names.includes(`/${n}`)))
      .map((c) =>
        docker
          .getContainer(c.Id)
          .remove({ force: true })
          .catch(() => undefined),
      ),
  );
});

async function open(): Promise<Screen> {
  screen = launch({ args: ['--host', testHost()] });
  await screen.waitFor(/Engine \d/);
  return screen;
}

const tab = async (s: Screen, times: number) => {
  for (let i = 0; i < times; i++) {
    s.press(KEYS.tab);
    await new Promise((r) => setTimeout(r, 20));
  }
};

const byName = async (name: string) =>
  (await docker.listContainers({ all: true, filters: { name: [`^/${name}$`] } }))[0];

describe('the run dialog', () => {
  it('n opens it; filled and run, the new container is running and selected in the list', async () => {
    const name = uniqueName('dialog');
    names.push(name);
    const s = await open();
    s.press('n');
    await s.waitFor('Run a container');
    expect(s.text()).toContain('an image:'); // the focused field says what it expects
    await s.type(TEST_IMAGE);
    await tab(s, 1);
    await s.type(name);
    await tab(s, 1);
    await s.type('sleep 3600');
    await tab(s, 1);
    await s.type("GREETING='hello world' A=1");
    await tab(s, 2);
    await s.type('127.0.0.1:18080:80');
    await tab(s, 3); // mode, restart → network
    await s.type('none');
    s.press(KEYS.enter);
    await s.waitFor((x) => /▶.*running/.test(x.row(name) ?? ''));
    await s.waitFor(`started ${name}`);
    const info = await docker.getContainer((await byName(name))!.Id).inspect();
    expect(info.Config.Cmd).toEqual(['sleep', '3600']);
    expect(info.Config.Env).toEqual(expect.arrayContaining(['GREETING=hello world', 'A=1']));
    expect(info.HostConfig.PortBindings).toEqual({ '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '18080' }] });
    expect(info.HostConfig.NetworkMode).toBe('none');
  });

  it('an invalid port shows an error beside the field, keeps what was typed, and creates nothing', async () => {
    const name = uniqueName('badport');
    names.push(name);
    const s = await open();
    s.press('n');
    await s.waitFor('Run a container');
    await s.type(TEST_IMAGE);
    await tab(s, 1);
    await s.type(name);
    await tab(s, 4);
    await s.type('127.0.0.1:99999:80');
    s.press(KEYS.enter);
    await s.waitFor('out of range');
    expect(s.row('✗')).toMatch(/99999/);
    expect(s.row('Ports')).toContain('127.0.0.1:99999:80');
    expect(s.row('Name')).toContain(name);
    expect(s.text()).toContain('Run a container');
    await new Promise((r) => setTimeout(r, 300));
    expect(await byName(name)).toBeUndefined();
    s.press(KEYS.escape);
    await s.waitFor((x) => !x.text().includes('Run a container'));
  });
});

describe(':run', () => {
  it('an invalid port on the command line: the error, the line kept, nothing created', async () => {
    const name = uniqueName('colonbad');
    names.push(name);
    const s = await open();
    s.press(':');
    await s.type(`run -d --name ${name} -p 80x ${TEST_IMAGE}`);
    s.press(KEYS.enter);
    await s.waitFor('--publish');
    expect(s.text()).toContain(`:run -d --name ${name} -p 80x`);
    await new Promise((r) => setTimeout(r, 300));
    expect(await byName(name)).toBeUndefined();
  });

  it('docker run -d … runs and selects the container', async () => {
    const name = uniqueName('colon');
    names.push(name);
    const s = await open();
    s.press(':');
    await s.type(
      `docker run -d --name ${name} --restart unless-stopped --network none ${TEST_IMAGE} sleep 3600`,
    );
    s.press(KEYS.enter);
    await s.waitFor((x) => /▶.*running/.test(x.row(name) ?? ''));
    const info = await docker.getContainer((await byName(name))!.Id).inspect();
    expect(info.HostConfig.RestartPolicy?.Name).toBe('unless-stopped');
  });

  it('-it hands the terminal to the container and comes back to the dashboard on exit', async () => {
    const name = uniqueName('it');
    names.push(name);
    const s = await open();
    s.press(':');
    await s.type(`run -it --rm --name ${name} --network none ${TEST_IMAGE} sh`);
    s.press(KEYS.enter);
    await s.waitFor('/ #');
    expect(s.text()).not.toMatch(/Engine \d/);
    await s.type('echo $((6*7))\r');
    await s.waitFor('42');
    await s.type('exit 5\r');
    await s.waitFor(/Engine \d/);
    await s.waitFor('exited with code 5');
    await waitFor(async () => (await byName(name)) === undefined || undefined);
  });
});
