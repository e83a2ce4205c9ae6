// The Volumes and Networks panes as a user lives them: the built CLI in a real pty on the private engine,
// creating and removing by keys (typing into the forms), and the engine asked directly whether it agrees.
import { afterAll, describe, expect, it } from 'vitest';
import { berthOpener } from '../support/berth.js';
import { removeMade, TEST_IMAGE, testDocker, uniqueName } from '../support/docker.js';
import { KEYS, type Screen } from '../support/pty.js';

const docker = testDocker();
const made: { volumes: string[]; networks: string[]; containers: string[] } = {
  volumes: [],
  networks: [],
  containers: [],
};

afterAll(() => removeMade(docker, made));

const open = berthOpener();

/** The selected row of the list holds `name` (the tab line may show it too, as the filter). */
const selected = (s: Screen, name: string) => s.lines().some((l) => l.startsWith('▶') && l.includes(name));

describe('the volumes pane', () => {
  it('creates a volume typed into the form and removes it after the question', async () => {
    const name = uniqueName('e2e-vol');
    made.volumes.push(name);
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('3');
    await s.waitFor('MOUNTPOINT');
    s.press('n');
    await s.waitFor('Create a volume');
    await s.type(name);
    s.press(KEYS.tab);
    s.press(KEYS.tab);
    await s.type('made-by=e2e,bad');
    s.press(KEYS.enter);
    await s.waitFor('"bad" is not key=value');
    await expect(docker.getVolume(name).inspect()).rejects.toMatchObject({ statusCode: 404 });
    for (let i = 0; i < 4; i++) s.press(KEYS.backspace);
    await s.waitFor((x) => x.text().includes('made-by=e2e█'));
    s.press(KEYS.enter);
    await s.waitFor((x) => selected(x, name) && x.text().includes(`created volume ${name}`));
    expect((await docker.getVolume(name).inspect()).Labels).toEqual({ 'made-by': 'e2e' });

    s.press('d');
    await s.waitFor(`Remove volume ${name}?`);
    s.press('y');
    await s.waitFor((x) => x.text().includes(`removed volume ${name}`) && !x.row(/^\s*[▶● ] .*e2e-vol/));
    await expect(docker.getVolume(name).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('goes from a volume to the container that uses it', async () => {
    const volume = uniqueName('e2e-held');
    made.volumes.push(volume);
    await docker.createVolume({ Name: volume });
    const holder = uniqueName('e2e-holder');
    const c = await docker.createContainer({
      Image: TEST_IMAGE,
      name: holder,
      Cmd: ['sleep', '3600'],
      HostConfig: { NetworkMode: 'none', Binds: [`${volume}:/data`] },
    });
    made.containers.push(c.id);
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('3');
    await s.waitFor(volume);
    s.press('/');
    await s.type(volume);
    s.press(KEYS.enter);
    await s.waitFor((x) => selected(x, volume) && (x.row(/^▶/) ?? '').includes(holder));
    s.press('c');
    await s.waitFor((x) => x.text().includes('STATUS') && selected(x, holder));
  });
});

describe('the networks pane', () => {
  it('refuses a bad subnet inline, creates the network when fixed, and removes it', async () => {
    const name = uniqueName('e2e-net');
    made.networks.push(name);
    const a = 200 + Math.floor(Math.random() * 50);
    const b = Math.floor(Math.random() * 250);
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('4');
    await s.waitFor('SUBNET');
    expect(s.row(/^\s*▶? *none /)).toContain('built-in');
    s.press('n');
    await s.waitFor('Create a network');
    await s.type(name);
    s.press(KEYS.tab);
    s.press(KEYS.tab);
    await s.type(`10.${a}.${b}.0`);
    s.press(KEYS.tab);
    await s.type(`10.${a}.${b}.1`);
    s.press(KEYS.tab);
    s.press(' ');
    s.press(KEYS.enter);
    await s.waitFor('is not CIDR');
    expect((await docker.listNetworks()).some((n) => n.Name === name)).toBe(false);

    // the error takes the focus to the field at fault, with everything typed kept
    expect(s.row('Subnet')).toMatch(/›\s+Subnet/);
    expect(s.row('Gateway')).toContain(`10.${a}.${b}.1`);
    await s.type('/24');
    s.press(KEYS.enter);
    await s.waitFor((x) => selected(x, name));
    expect(s.row(name)).toContain(`10.${a}.${b}.0/24`);
    expect(s.row(name)).toContain('internal');
    const info = await docker.getNetwork(name).inspect();
    expect(info.Internal).toBe(true);
    expect(info.IPAM?.Config?.[0]).toMatchObject({ Subnet: `10.${a}.${b}.0/24`, Gateway: `10.${a}.${b}.1` });

    s.press('d');
    await s.waitFor(`Remove network ${name}?`);
    s.press('y');
    await s.waitFor((x) => x.text().includes(`removed network ${name}`) && !x.row(/^\s*[▶● ] .*e2e-net/));
    expect((await docker.listNetworks()).some((n) => n.Name === name)).toBe(false);
  });

  it('shows the inspect with the attached containers and their addresses', async () => {
    const name = uniqueName('e2e-insp');
    const net = await docker.createNetwork({ Name: name, Internal: true });
    made.networks.push(name);
    const member = uniqueName('e2e-member');
    const c = await docker.createContainer({
      Image: TEST_IMAGE,
      name: member,
      Cmd: ['sleep', '3600'],
      StopSignal: 'SIGKILL',
      HostConfig: { NetworkMode: name },
    });
    made.containers.push(c.id);
    await c.start();
    const address = (await net.inspect()).Containers?.[c.id]?.IPv4Address;
    expect(address).toBeTruthy();
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('4');
    await s.waitFor(name);
    s.press('/');
    await s.type(name);
    s.press(KEYS.enter);
    await s.waitFor((x) => selected(x, name));
    s.press('i');
    await s.waitFor(`network ${name}`);
    await s.waitFor('Containers attached: 1');
    expect(s.row(new RegExp(`^\\s+${member}\\s`))).toContain(address);
  });
});

describe('read-only', () => {
  it('takes away every action that changes volumes or networks', async () => {
    const s = open(['--read-only']);
    // READ-ONLY takes room from the header: it keeps the counts and may drop the engine version
    await s.waitFor(/\d+ containers? \(\d+ up\)/);
    s.press('3');
    await s.waitFor('MOUNTPOINT');
    expect(s.lines().at(-2)).toContain('inspect');
    expect(s.lines().at(-2)).not.toContain('create');
    s.press('n');
    await s.waitFor('read-only');
    s.press('4');
    await s.waitFor('SUBNET');
    expect(s.lines().at(-2)).not.toMatch(/remove|connect|prune/);
    s.press('X');
    await s.waitFor('read-only');
    expect(s.text()).not.toContain('Prune');
  });
});
