// The Events pane (live engine events) and the System pane (engine facts, disk usage), in the pty.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  createTestContainer,
  removeTestContainers,
  testDocker,
  testHost,
  uniqueName,
} from '../support/docker.js';
import { KEYS, launch, type Screen } from '../support/pty.js';

const docker = testDocker();
let screen: Screen | undefined;

afterEach(async () => {
  await screen?.close();
  screen = undefined;
});
afterAll(() => removeTestContainers(docker));

describe('the Events pane', () => {
  it('shows events as the engine reports them, newest first, and goes to the container on enter', async () => {
    const s = launch({ args: ['--host', testHost()] });
    screen = s;
    await s.waitFor(/Engine \d/);
    s.press('5');
    await s.waitFor('TIME');
    const name = uniqueName('evt');
    const container = await createTestContainer(docker, { name });
    await s.waitFor((x) => x.lines().some((l) => l.includes(name) && l.includes('start')));
    await container.kill();
    await s.waitFor((x) => x.lines().some((l) => l.includes(name) && l.includes('die')));
    // newest first: the die line is above the start line
    const lines = s.lines();
    const die = lines.findIndex((l) => l.includes(name) && l.includes(' die '));
    const start = lines.findIndex((l) => l.includes(name) && l.includes(' start '));
    expect(die).toBeGreaterThan(-1);
    expect(die).toBeLessThan(start);
    // the filter narrows to one action
    s.press('/');
    await s.type('die');
    await s.waitFor((x) => !x.lines().some((l) => l.includes(name) && l.includes(' start ')));
    s.press(KEYS.enter);
    s.press(KEYS.enter);
    await s.waitFor(
      (x) => /▶ .*evt/.test(x.text()) && x.text().includes('NAME') && x.text().includes('STATE'),
    );
    expect(s.row('▶')).toContain(name);
  });
});

describe('the System pane', () => {
  it('shows the engine version the engine reports and the disk usage table', async () => {
    const version = await docker.version();
    const info = await docker.info();
    const s = launch({ args: ['--host', testHost()] });
    screen = s;
    await s.waitFor(/Engine \d/);
    s.press('6');
    await s.waitFor(`${version.Version} (API ${version.ApiVersion})`);
    expect(s.text()).toContain(`${info.NCPU} CPUs`);
    await s.waitFor('RECLAIMABLE');
    expect(s.row(/│ Images\s+│ \d+/)).toBeDefined();
  });
});
