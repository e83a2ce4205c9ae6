// Issue 3 against the private engine: what each key does to a container, as the engine reports it.
import { afterAll, describe, expect, it } from 'vitest';
import { harness } from '../support/actionHarness.js';
import {
  createTestContainer,
  removeTestContainers,
  testDocker,
  uniqueName,
  waitFor,
} from '../support/docker.js';

const docker = testDocker();
afterAll(() => removeTestContainers(docker));

const inspect = (id: string) => docker.getContainer(id).inspect();
const gone = async (id: string) => {
  try {
    await inspect(id);
    return false;
  } catch (error) {
    return (error as { statusCode?: number }).statusCode === 404;
  }
};

describe('container actions on the selected container', () => {
  it('s starts, x stops, r restarts, p pauses and unpauses', async () => {
    const h = harness();
    const name = uniqueName('life');
    const c = await createTestContainer(docker, { name, start: false });
    await h.select(c.id);

    h.press('s');
    await waitFor(async () => (await inspect(c.id)).State.Running);
    await waitFor(() => h.state().status?.text === `started ${name}` || undefined);
    const firstStart = (await inspect(c.id)).State.StartedAt;

    await h.relist();
    h.press('r');
    // the row says what is going on while the engine works
    expect(h.state().pending[c.id]).toBe('restarting…');
    await waitFor(async () => (await inspect(c.id)).State.StartedAt !== firstStart);
    expect((await inspect(c.id)).State.Running).toBe(true);

    await h.relist();
    h.press('p');
    await waitFor(async () => (await inspect(c.id)).State.Paused);
    await h.relist();
    h.press('p');
    await waitFor(async () => !(await inspect(c.id)).State.Paused);

    await h.relist();
    h.press('x');
    expect(h.state().pending[c.id]).toBe('stopping…');
    await waitFor(async () => !(await inspect(c.id)).State.Running);
    await waitFor(() => h.state().pending[c.id] === undefined || undefined);
    expect(h.state().status).toEqual({ level: 'info', text: `stopped ${name}` });
  });

  it('K asks first, and kills only on yes', async () => {
    const h = harness();
    const c = await createTestContainer(docker);
    await h.select(c.id);
    h.press('K');
    expect(h.state().dialog).toMatchObject({ kind: 'confirm', danger: true });
    h.press('n');
    expect(h.state().dialog).toBeUndefined();
    expect((await inspect(c.id)).State.Running).toBe(true);

    h.press('K');
    h.press('y');
    await waitFor(async () => !(await inspect(c.id)).State.Running);
    expect((await inspect(c.id)).State.ExitCode).toBe(137);
  });

  it('d removes a stopped container after y, with its anonymous volumes when asked', async () => {
    const h = harness();
    const c = await createTestContainer(docker, { start: false, volumes: ['/data'] });
    const volume = (await c.inspect()).Mounts.find((m) => m.Destination === '/data')?.Name;
    expect(volume).toBeTruthy();
    await h.select(c.id);
    h.press('d');
    expect(h.state().dialog).toMatchObject({ kind: 'confirm', title: expect.stringMatching(/^Remove /) });
    h.press('v'); // the "also remove anonymous volumes" option
    h.press('y');
    await waitFor(() => gone(c.id));
    await waitFor(async () => {
      const { Volumes } = await docker.listVolumes();
      return !(Volumes ?? []).some((v) => v.Name === volume) || undefined;
    });
  });

  it('a running container needs the force confirmation to be removed', async () => {
    const h = harness();
    const name = uniqueName('force');
    const c = await createTestContainer(docker, { name });
    await h.select(c.id);

    h.press('d');
    const dialog = h.state().dialog;
    expect(dialog?.kind === 'confirm' && dialog.title).toBe(`Force-remove ${name}?`);
    expect(dialog?.kind === 'confirm' && dialog.message.join(' ')).toContain('is running');
    h.press('n');
    expect((await inspect(c.id)).State.Running).toBe(true);

    // without force the engine refuses: that is what the dialog protects from
    await expect(h.client.removeContainer(c.id, { force: false, volumes: false })).rejects.toMatchObject({
      statusCode: 409,
    });

    h.press('d');
    h.press('y');
    await waitFor(() => gone(c.id));
    await waitFor(() => h.state().status?.text === `removed ${name}` || undefined);
  });

  it('says to confirm force when the container started after the question was asked', async () => {
    const h = harness();
    const name = uniqueName('race');
    const c = await createTestContainer(docker, { name, start: false });
    await h.select(c.id);
    h.press('d');
    expect(h.state().dialog?.kind === 'confirm' && h.state().dialog?.title).toBe(`Remove ${name}?`);
    await c.start();
    h.press('y');
    await waitFor(() => h.state().status?.level === 'error' || undefined);
    expect(h.state().status?.text).toBe(
      `removing ${name} failed: cannot remove a running container — press d again and confirm force`,
    );
    expect((await inspect(c.id)).State.Running).toBe(true);
  });

  it('reports a plain reason when the container is gone', async () => {
    const h = harness();
    const name = uniqueName('gone');
    const c = await createTestContainer(docker, { name });
    await h.select(c.id);
    await c.remove({ force: true });
    h.press('x');
    await waitFor(() => h.state().status?.level === 'error' || undefined);
    expect(h.state().status?.text).toMatch(new RegExp(`^stopping ${name} failed: no such container`, 'i'));
    expect(h.state().status?.text).not.toMatch(/\n|at .*\.js/);
  });
});

describe('bulk actions over marked containers', () => {
  it('stops every marked container and reports the one that was already removed', async () => {
    const h = harness();
    const names = [uniqueName('bulk-a'), uniqueName('bulk-b'), uniqueName('bulk-c')];
    const made = await Promise.all(names.map((name) => createTestContainer(docker, { name })));
    await h.relist();
    for (const c of made) {
      h.ctx.dispatch({ type: 'select/id', id: c.id });
      h.press(' ');
    }
    expect(h.state().marked.containers).toEqual(made.map((c) => c.id));
    // removed behind berth's back: the list has not caught up yet
    await made[1]!.remove({ force: true });

    h.press('x');
    await waitFor(() => h.state().status?.level === 'error' || undefined, 20_000);
    expect(h.state().status?.text).toMatch(
      new RegExp(`^stop: 2 of 3 done; failed ${names[1]}: no such container`, 'i'),
    );
    expect((await inspect(made[0]!.id)).State.Running).toBe(false);
    expect((await inspect(made[2]!.id)).State.Running).toBe(false);
  });

  it('starts and removes every marked container', async () => {
    const h = harness();
    const made = await Promise.all([1, 2].map(() => createTestContainer(docker, { start: false })));
    await h.relist();
    for (const c of made) {
      h.ctx.dispatch({ type: 'select/id', id: c.id });
      h.press(' ');
    }
    h.press('s');
    await waitFor(() => h.state().status?.text === 'started 2 of 2' || undefined);
    for (const c of made) expect((await inspect(c.id)).State.Running).toBe(true);

    await h.relist();
    h.press('d');
    const dialog = h.state().dialog;
    expect(dialog?.kind === 'confirm' && dialog.title).toBe('Force-remove 2 containers?');
    h.press('y');
    for (const c of made) await waitFor(() => gone(c.id));
    await waitFor(() => h.state().status?.text === 'removed 2 of 2' || undefined);
    // the marks went with the containers
    await h.relist();
    expect(h.state().marked.containers).toEqual([]);
  });
});

describe('exec, attach and inspect', () => {
  it('finds the first shell that exists in the container', async () => {
    const h = harness();
    const c = await createTestContainer(docker);
    expect(await h.client.findShell(c.id, ['/bin/bash', '/bin/ash', '/bin/sh'])).toBe('/bin/ash');
    expect(await h.client.findShell(c.id, ['/bin/bash', '/usr/bin/zsh'])).toBeUndefined();
  });

  it('e runs an interactive shell through exec, and the file it writes is in the container', async () => {
    const h = harness();
    const name = uniqueName('shell');
    const c = await createTestContainer(docker, { name });
    await h.select(c.id);
    h.sessionKeys.write('echo from-berth > /tmp/made-by-shell; exit 3\n');
    h.press('e');
    await waitFor(() => h.state().status?.text.startsWith('left ') || undefined);
    expect(h.state().status?.text).toBe(`left /bin/ash in ${name} (exit 3)`);
    expect(h.sessionOutput()).toContain(`/bin/ash in ${name}`);
    let text = '';
    const read = await h.client.execCommand(c.id, ['cat', '/tmp/made-by-shell'], (t) => {
      text += t;
    });
    expect(await read.done).toBe(0);
    expect(text).toBe('from-berth\n');
  });

  it('e on a stopped container says so and runs nothing', async () => {
    const h = harness();
    const name = uniqueName('stopped');
    const c = await createTestContainer(docker, { name, start: false });
    await h.select(c.id);
    h.press('e');
    expect(h.state().status).toEqual({
      level: 'error',
      text: `${name} is created: a shell needs a running container — s starts it`,
    });
    expect(h.state().suspended).toBe(false);
  });

  it('! runs a command without a shell and shows its output and exit code', async () => {
    const h = harness();
    const c = await createTestContainer(docker);
    await h.select(c.id);
    h.press('!');
    expect(h.state().dialog?.kind).toBe('form');
    // quotes make one word; $HOME and ; mean nothing without a shell
    h.press(`echo 'two  words' $HOME ";"`);
    h.press('', { return: true });
    expect(h.state().dialog).toBeUndefined();
    await waitFor(() => {
      const view = h.state().views.at(-1);
      return (view?.kind === 'text' && !view.live) || undefined;
    });
    const view = h.state().views.at(-1);
    expect(view?.kind === 'text' && view.lines).toEqual(['two  words $HOME ;', '— exited with code 0']);
  });

  it('! keeps the dialog open on an unclosed quote', async () => {
    const h = harness();
    const c = await createTestContainer(docker);
    await h.select(c.id);
    h.press('!');
    h.press(`echo 'oops`);
    h.press('', { return: true });
    const dialog = h.state().dialog;
    expect(dialog?.kind === 'form' && dialog.fields[0]).toMatchObject({
      value: "echo 'oops",
      error: 'unterminated single quote',
    });
  });

  it('a attaches to the main process and ctrl-p ctrl-q detaches, leaving it running', async () => {
    const h = harness();
    const name = uniqueName('attach');
    const t = await createTestContainer(docker, { name, tty: true, openStdin: true, cmd: ['sh'] });
    await h.select(t.id);
    h.press('a');
    await waitFor(() => h.state().suspended || undefined);
    h.sessionKeys.write('echo attached-$((40+2))\r');
    await waitFor(() => h.sessionOutput().includes('attached-42') || undefined);
    h.sessionKeys.write('\x10\x11');
    await waitFor(() => !h.state().suspended || undefined);
    expect(h.sessionOutput()).toContain('ctrl-p ctrl-q detaches');
    expect(h.state().status?.text).toBe(`detached from ${name}; it is still running`);
    expect((await inspect(t.id)).State.Running).toBe(true);
  });

  it('i opens the inspect document with Env and Top tabs', async () => {
    const h = harness();
    const c = await createTestContainer(docker, { env: ['GREETING=hello there'] });
    await h.select(c.id);
    h.press('i');
    await waitFor(() => h.state().views.length || undefined);
    const view = h.state().views.at(-1);
    if (view?.kind !== 'inspect') throw new Error('no inspect view');
    expect(view.lines.join('\n')).toContain(`"Id": "${c.id}"`);
    expect(view.tabs.env).toContain('GREETING=hello there');
    h.press('', { tab: true });
    expect(h.state().views.at(-1)).toMatchObject({ tab: 'env', lines: view.tabs.env });
    const top = await h.client.containerTop(c.id);
    expect(top.processes.some((p) => p.join(' ').includes('sleep 3600'))).toBe(true);
  });
});
