// Issue 3 as a user lives it: the built CLI in a real pty, keys on a container picked by filtering, and
// the engine asked directly what happened.
import { afterAll, describe, expect, it } from 'vitest';
import { berthOpener } from '../support/berth.js';
import {
  createTestContainer,
  removeTestContainers,
  testDocker,
  uniqueName,
  waitFor,
} from '../support/docker.js';
import { KEYS, type Screen } from '../support/pty.js';

const docker = testDocker();

afterAll(() => removeTestContainers(docker));

const open = berthOpener();

const inspect = (id: string) => docker.getContainer(id).inspect();

/** The container's row in the list (the filter line above it names it too). */
const rowOf = (s: Screen, name: string) =>
  s
    .lines()
    .slice(3)
    .find((l) => l.includes(name));

/** Filters the list down to one container and leaves the filter prompt. */
async function pick(s: Screen, name: string): Promise<void> {
  await s.waitFor(name);
  s.press('/');
  await s.type(name);
  // enter in the same read as the last letter would be one key to ink: let the letters land first
  await s.waitFor(`/${name}█`);
  s.press(KEYS.enter);
  await s.waitFor((x) => /▶\s+\S/.test(rowOf(x, name) ?? '') && x.text().includes(`/filter: ${name}`));
}

describe('container control', () => {
  it('stops, starts, pauses and removes the container picked by filtering', async () => {
    const name = uniqueName('ctl');
    const c = await createTestContainer(docker, { name });
    const s = open();
    await pick(s, name);

    s.press('x');
    await waitFor(async () => !(await inspect(c.id)).State.Running);
    await s.waitFor((x) => /exited/.test(rowOf(x, name) ?? ''));
    await s.waitFor(`stopped ${name}`);

    s.press('s');
    await waitFor(async () => (await inspect(c.id)).State.Running);
    await s.waitFor((x) => /running/.test(rowOf(x, name) ?? ''));

    s.press('p');
    await waitFor(async () => (await inspect(c.id)).State.Paused);
    await s.waitFor((x) => /paused/.test(rowOf(x, name) ?? ''));
    s.press('p');
    await waitFor(async () => !(await inspect(c.id)).State.Paused);
    await s.waitFor((x) => /running/.test(rowOf(x, name) ?? ''));

    s.press('d');
    await s.waitFor(`Force-remove ${name}?`);
    s.press('n');
    await s.waitFor((x) => /running/.test(rowOf(x, name) ?? ''));
    expect((await inspect(c.id)).State.Running).toBe(true);
    s.press('d');
    await s.waitFor(`Force-remove ${name}?`);
    s.press('y');
    await s.waitFor(`removed ${name}`);
    await expect(inspect(c.id)).rejects.toMatchObject({ statusCode: 404 });
    await s.waitFor((x) => rowOf(x, name) === undefined || x.text().includes('no container matches'));
  });

  it('marks rows with space and applies an action to all of them', async () => {
    const names = [uniqueName('mark-a'), uniqueName('mark-b')];
    const made = await Promise.all(names.map((name) => createTestContainer(docker, { name })));
    const s = open();
    const prefix = names[0]!.replace(/-a-.*/, '');
    await s.waitFor(names[1]!);
    s.press('/');
    await s.type(prefix);
    await s.waitFor(`/${prefix}█`);
    s.press(KEYS.enter);
    await s.waitFor(`/filter: ${prefix}`);
    s.press(' ');
    s.press(' ');
    await s.waitFor('2 marked');
    expect(rowOf(s, names[0]!)).toMatch(/●/);
    expect(rowOf(s, names[1]!)).toMatch(/●/);
    s.press('x');
    await s.waitFor('stopped 2 of 2');
    for (const c of made) expect((await inspect(c.id)).State.Running).toBe(false);
  });

  it('e opens a shell; what it writes is in the container; exit brings the dashboard back', async () => {
    const name = uniqueName('shell');
    const c = await createTestContainer(docker, { name });
    const s = open();
    await pick(s, name);
    s.press('e');
    await s.waitFor(`/bin/ash in ${name}`);
    await s.waitFor(/\/ # $/m);
    await s.type('echo typed-in-berth > /tmp/from-pty; exit\r', 5);
    await s.waitFor(`left /bin/ash in ${name} (exit 0)`);
    await s.waitFor((x) => x.lines()[1]!.includes('1 Containers') && /running/.test(rowOf(x, name) ?? ''));
    // the engine's archive API has the file
    const archive = await docker.getContainer(c.id).getArchive({ path: '/tmp/from-pty' });
    const chunks: Buffer[] = [];
    for await (const chunk of archive) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('latin1')).toContain('typed-in-berth\n');
    // and the dashboard still takes keys
    s.press('?');
    await s.waitFor('Keys: Containers');
  });

  it('e on a stopped container says so', async () => {
    const name = uniqueName('cold');
    await createTestContainer(docker, { name, start: false });
    const s = open();
    await pick(s, name);
    s.press('e');
    await s.waitFor(`${name} is created: a shell needs a running container`);
  });

  it('i shows the inspect document with the id, and the Env tab', async () => {
    const name = uniqueName('insp');
    const c = await createTestContainer(docker, { name, env: ['BERTH_E2E=yes-it-is'] });
    const s = open();
    await pick(s, name);
    s.press('i');
    await s.waitFor(`"Id": "${c.id}"`);
    s.press('/');
    await s.type('BERTH_E2E');
    await s.waitFor('/BERTH_E2E█');
    s.press(KEYS.enter);
    await s.waitFor('"BERTH_E2E=yes-it-is"');
    s.press(KEYS.tab);
    await s.waitFor((x) => x.lines().some((l) => l.trim() === 'BERTH_E2E=yes-it-is'));
    s.press(KEYS.tab);
    await s.waitFor('sleep 3600');
    s.press('q');
    await s.waitFor((x) => /running/.test(rowOf(x, name) ?? ''));
  });

  it('--read-only: every mutating key does nothing to the engine and says read-only', async () => {
    const name = uniqueName('ro');
    const c = await createTestContainer(docker, { name });
    const before = await inspect(c.id);
    const s = open(['--read-only']);
    await pick(s, name);
    expect(s.lines().at(-1)).not.toMatch(/stop|remove|shell/);
    for (const key of ['s', 'x', 'r', 'p', 'K', 'd', 'e', 'a', '!']) {
      s.press(key);
      s.press('y');
      await s.waitFor('read-only');
    }
    s.press(' ');
    s.press('x');
    s.press('d');
    s.press('y');
    await s.waitFor('read-only');
    s.press('?');
    await s.waitFor('Keys: Containers (read-only');
    expect(s.text()).not.toMatch(/Stop the container|Remove the container|Open a shell|Attach to/);
    const after = await inspect(c.id);
    expect(after.State).toEqual(before.State);
    expect(after.ExecIDs).toEqual(before.ExecIDs);
    expect(after.RestartCount).toBe(before.RestartCount);
  });
});
