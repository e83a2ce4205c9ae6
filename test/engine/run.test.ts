// docker run from berth against the private engine: each seed example of the issue (with the local test
// image for nginx/ubuntu/hello-world) through berth's own path (:run → parse → pull if missing → create →
// start or hand over the terminal), checked by what the engine's inspect says.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeRun, runColon } from '../../source/hooks/runCommands.js';
import { shellWords } from '../../source/input/shellWords.js';
import { extrasOf, formToRequest, runFormFields } from '../../source/run/form.js';
import { parseRun } from '../../source/run/parseRun.js';
import { TEST_IMAGE, testDocker, uniqueName, waitFor } from '../support/docker.js';
import { startRegistry } from '../support/registry.js';
import { type TestContext, testContext } from '../support/runContext.js';

const docker = testDocker();
const created: string[] = [];
let t: TestContext;

beforeEach(() => {
  t = testContext();
});
afterEach(() => t.stop());
afterAll(async () => {
  await Promise.all(
    created.map((id) =>
      docker
        .getContainer(id)
        .remove({ force: true, v: true })
        .catch(() => undefined),
    ),
  );
});

function words(line: string): string[] {
  const w = shellWords(line);
  if ('error' in w) throw new Error(w.error);
  return w.words;
}

/** Runs a docker-run line the way :run does; presses a key when an attached run asks for one. */
async function run(line: string): Promise<string> {
  const parsed = parseRun(words(line), process.env);
  if ('error' in parsed) throw new Error(parsed.error.message);
  let done = false;
  const keys = (async () => {
    while (!done) {
      if (t.terminal.output().includes('press any key')) {
        t.terminal.stdin.write('x');
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const id = await executeRun(t.ctx, parsed.request);
  done = true;
  await keys;
  if (!id) throw new Error(`nothing was created; status: ${t.ctx.getState().status?.text}`);
  created.push(id);
  return id;
}

const inspect = (id: string) => docker.getContainer(id).inspect();
const status = () => t.ctx.getState().status?.text ?? '';
const selected = () => t.ctx.getState().lists.containers.selectedId;

describe('the seed examples, run by berth', () => {
  it('docker run hello-world: runs attached, shows its output, exits, and is selected', async () => {
    const id = await run(`docker run --network none ${TEST_IMAGE} echo 'hello from berth'`);
    expect(t.terminal.output()).toContain('hello from berth');
    expect(status()).toMatch(/exited with code 0/);
    const info = await inspect(id);
    expect(info.Config.Cmd).toEqual(['echo', 'hello from berth']);
    expect(info.State.Status).toBe('exited');
    expect(info.State.ExitCode).toBe(0);
    expect(selected()).toBe(id);
  });

  it('docker run -d nginx: creates, starts and selects the container', async () => {
    const id = await run(`docker run -d --network none ${TEST_IMAGE} sleep 3600`);
    const info = await inspect(id);
    expect(info.State.Running).toBe(true);
    expect(info.Config.Cmd).toEqual(['sleep', '3600']);
    expect(info.HostConfig.RestartPolicy).toEqual({ Name: 'no', MaximumRetryCount: 0 });
    expect(selected()).toBe(id);
    expect(t.handovers()).toBe(0);
  });

  it('docker run -d --name my_nginx nginx: the exact name', async () => {
    const name = uniqueName('my_nginx');
    const id = await run(`docker run -d --name ${name} --network none ${TEST_IMAGE} sleep 3600`);
    expect((await inspect(id)).Name).toBe(`/${name}`);
    expect(status()).toBe(`started ${name}`);
    expect(selected()).toBe(id);
  });

  it('docker run -it ubuntu bash: the terminal goes to the container and comes back on exit', async () => {
    const running = run(`docker run -it --network none ${TEST_IMAGE} sh`);
    // busybox's shell asks the terminal where the cursor is (ESC[6n) and redraws its prompt when no answer
    // comes: type once the prompt is redrawn, or the typing would be taken for the answer
    await waitFor(() => t.terminal.output().includes('\x1b[J') || undefined);
    t.terminal.stdin.write('echo $((6*7)); exit 3\r');
    const id = await running;
    expect(t.terminal.output()).toContain('42');
    expect(status()).toMatch(/exited with code 3/);
    const info = await inspect(id);
    expect(info.Config.Tty).toBe(true);
    expect(info.Config.OpenStdin).toBe(true);
    expect(info.Config.Cmd).toEqual(['sh']);
    expect(info.State.ExitCode).toBe(3);
    expect(t.handovers()).toBe(1);
  });

  it('docker run -e MY_VAR=HelloDocker ubuntu: the variable is in the container', async () => {
    const id = await run(
      `docker run -e MY_VAR=HelloDocker --network none ${TEST_IMAGE} sh -c 'echo "got $MY_VAR"'`,
    );
    expect(t.terminal.output()).toContain('got HelloDocker');
    const info = await inspect(id);
    expect(info.Config.Env).toContain('MY_VAR=HelloDocker');
    expect(info.Config.Cmd).toEqual(['sh', '-c', 'echo "got $MY_VAR"']);
  });

  it('docker run -v /host/data:/container/data ubuntu: the bind mount, exactly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-run-bind-'));
    try {
      writeFileSync(join(dir, 'note'), 'from the host');
      const id = await run(
        `docker run -v ${dir}:/container/data --network none ${TEST_IMAGE} cat /container/data/note`,
      );
      expect(t.terminal.output()).toContain('from the host');
      const info = await inspect(id);
      expect(info.HostConfig.Binds).toEqual([`${dir}:/container/data`]);
      expect(info.Mounts).toMatchObject([
        { Type: 'bind', Source: dir, Destination: '/container/data', RW: true },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('docker run -d -p 127.0.0.1:8080:80 --restart unless-stopped --name web nginx:latest', async () => {
    const name = uniqueName('web');
    const id = await run(
      `docker run -d -p 127.0.0.1:8080:80 --restart unless-stopped --name ${name} --network none ${TEST_IMAGE} sleep 3600`,
    );
    const info = await inspect(id);
    expect(info.Name).toBe(`/${name}`);
    expect(info.Config.Image).toBe(TEST_IMAGE);
    expect(info.HostConfig.PortBindings).toEqual({ '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '8080' }] });
    expect(info.Config.ExposedPorts).toEqual({ '80/tcp': {} });
    expect(info.HostConfig.RestartPolicy).toEqual({ Name: 'unless-stopped', MaximumRetryCount: 0 });
    expect(info.Config.Cmd).toEqual(['sleep', '3600']);
    expect(selected()).toBe(id);
  });

  it('every other flag lands in the create body: named and anonymous volumes, labels, workdir, user, --rm', async () => {
    const volume = uniqueName('runvol');
    const id = await run(
      `run -d --network none -v ${volume}:/data:ro -v /scratch -l team=core -l 'note=two words' -w /tmp -u 1:2 ` +
        `--hostname box1 --restart on-failure:4 -e A -e B=2 ${TEST_IMAGE} sleep 3600`,
    );
    const info = await inspect(id);
    expect(info.HostConfig.Binds).toEqual([`${volume}:/data:ro`]);
    expect(info.Config.Volumes).toEqual({ '/scratch': {} });
    expect(info.Config.Labels).toMatchObject({ team: 'core', note: 'two words' });
    expect(info.Config.WorkingDir).toBe('/tmp');
    expect(info.Config.User).toBe('1:2');
    expect(info.Config.Hostname).toBe('box1');
    expect(info.HostConfig.RestartPolicy).toEqual({ Name: 'on-failure', MaximumRetryCount: 4 });
    expect(info.Config.Env).toContain('B=2');
    await docker.getContainer(id).remove({ force: true, v: true });
    await docker.getVolume(volume).remove();
  });

  it('--rm: the engine removes the container when it exits', async () => {
    const name = uniqueName('rm');
    const parsed = parseRun(words(`--rm --name ${name} --network none ${TEST_IMAGE} true`));
    if ('error' in parsed) throw new Error(parsed.error.message);
    const keys = waitFor(() => t.terminal.output().includes('press any key') || undefined).then(() =>
      t.terminal.stdin.write('x'),
    );
    const id = await executeRun(t.ctx, parsed.request);
    await keys;
    expect(id).toBeTruthy();
    await waitFor(
      async () => (await docker.listContainers({ all: true, filters: { name: [name] } })).length === 0,
    );
  });
});

describe('bad input is caught before anything is sent', () => {
  const count = async () => (await docker.listContainers({ all: true })).length;

  it('an invalid port, an unknown flag, a bad image, a name in use: an error, and nothing created', async () => {
    const taken = uniqueName('taken');
    created.push(await run(`-d --name ${taken} --network none ${TEST_IMAGE} sleep 3600`));
    await waitFor(() => t.ctx.getState().containers.some((c) => c.name === taken) || undefined);
    const before = await count();
    expect(runColon(words(`-d -p 127.0.0.1:99999:80 ${TEST_IMAGE}`), t.ctx)).toMatch(
      /--publish: .*out of range/,
    );
    expect(runColon(words(`--frobnicate ${TEST_IMAGE}`), t.ctx)).toMatch(/unknown flag: --frobnicate/);
    expect(runColon(words('-d Berth-Test'), t.ctx)).toMatch(/image: .*lowercase/);
    expect(runColon(words(`-d --name ${taken} ${TEST_IMAGE}`), t.ctx)).toMatch(/already in use/);
    expect(runColon(words(`-e =x ${TEST_IMAGE}`), t.ctx)).toMatch(/--env/);
    expect(runColon(words(`-v relative/path:/x ${TEST_IMAGE}`), t.ctx)).toMatch(/--volume/);
    await new Promise((r) => setTimeout(r, 300));
    expect(await count()).toBe(before);
  });
});

describe('duplicate', () => {
  it('a container’s settings, read back through the dialog, make a copy with the same settings', async () => {
    const name = uniqueName('orig');
    const id = await run(
      `-d --name ${name} --network none -e GREETING='hello world' -p 127.0.0.1:9090:90/udp -l tier=web ` +
        `-v /tmp:/hosttmp:ro --restart always -w /tmp ${TEST_IMAGE} sleep 3600`,
    );
    const request = await t.ctx.client.runConfigOf(id);
    const copyName = uniqueName('copy');
    const fields = runFormFields({ ...request, name: copyName });
    const back = formToRequest(Object.fromEntries(fields.map((f) => [f.id, f.value])), {}, extrasOf(request));
    if (!('request' in back)) throw new Error(JSON.stringify(back));
    const copy = await t.ctx.client.createRun(back.request);
    created.push(copy);
    const [a, b] = await Promise.all([inspect(id), inspect(copy)]);
    expect(b.Name).toBe(`/${copyName}`);
    for (const info of [a, b]) expect(info.Config.Env).toContain('GREETING=hello world');
    expect(b.Config.Env).toEqual(a.Config.Env);
    expect(b.Config.Cmd).toEqual(a.Config.Cmd);
    expect(b.Config.Image).toBe(a.Config.Image);
    expect(b.Config.Labels).toEqual(a.Config.Labels);
    expect(b.Config.WorkingDir).toBe(a.Config.WorkingDir);
    expect(b.HostConfig.Binds).toEqual(a.HostConfig.Binds);
    expect(b.HostConfig.PortBindings).toEqual(a.HostConfig.PortBindings);
    expect(b.HostConfig.RestartPolicy).toEqual(a.HostConfig.RestartPolicy);
    expect(b.HostConfig.NetworkMode).toBe('none');
  });
});

describe('an image that is not here is pulled first', () => {
  it('pulls from the local registry with progress, then runs', async () => {
    const registry = await startRegistry({ auth: false });
    const repo = `${registry.address}/berth/run-pull`;
    try {
      // an image with a layer the engine does not have yet, so the pull has something to download
      const base = await docker.createContainer({
        Image: TEST_IMAGE,
        Cmd: ['sh', '-c', 'echo pulled > /marker'],
        HostConfig: { NetworkMode: 'none' },
      });
      await base.start();
      await base.wait();
      await base.commit({ repo, tag: 'latest' });
      await base.remove();
      const push = await docker
        .getImage(`${repo}:latest`)
        .push({ authconfig: { serveraddress: registry.address } });
      await new Promise((done, fail) =>
        docker.modem.followProgress(push, (error: unknown) => (error ? fail(error) : done(undefined))),
      );
      await docker.getImage(`${repo}:latest`).remove();
      expect(await t.ctx.client.imagePresent(`${repo}:latest`)).toBe(false);

      const id = await run(`-d --network none ${repo} sleep 3600`);
      const progress = t.actions.flatMap((a) =>
        (a.type === 'view/push' || a.type === 'view/replaceById') && a.view.kind === 'progress'
          ? [a.view]
          : [],
      );
      expect(progress[0]?.title).toBe(`pull ${repo}:latest`);
      const last = progress.at(-1)!;
      expect(last.progress.done).toBe(true);
      expect(last.progress.error).toBeUndefined();
      expect(last.progress.layers.length).toBeGreaterThan(0);
      expect(last.progress.layers.every((l) => /Pull complete|Already exists/.test(l.status))).toBe(true);
      // the progress view made way for the list, where the new container is selected
      expect(t.ctx.getState().views).toEqual([]);
      const info = await inspect(id);
      expect(info.Config.Image).toBe(repo);
      expect(info.State.Running).toBe(true);
      expect(selected()).toBe(id);
    } finally {
      await docker
        .getImage(`${repo}:latest`)
        .remove({ force: true })
        .catch(() => undefined);
      await registry.stop();
    }
  });

  it('a pull that fails says why, and creates nothing', async () => {
    const registry = await startRegistry({ auth: false });
    try {
      const parsed = parseRun(words(`-d --network none ${registry.address}/berth/not-there:1`));
      if ('error' in parsed) throw new Error(parsed.error.message);
      const id = await executeRun(t.ctx, parsed.request);
      expect(id).toBeUndefined();
      expect(status()).toMatch(/pulling .*not-there:1 failed: .*(not found|unknown)/i);
    } finally {
      await registry.stop();
    }
  });
});
