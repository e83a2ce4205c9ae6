// The main path as a user lives it: the built CLI in a real pty, on the private engine.
import { afterAll, describe, expect, it } from 'vitest';
import { berthOpener } from '../support/berth.js';
import {
  createTestContainer,
  removeTestContainers,
  testDocker,
  uniqueName,
  waitFor,
} from '../support/docker.js';
import { KEYS } from '../support/pty.js';

const docker = testDocker();

afterAll(() => removeTestContainers(docker));

const open = berthOpener();

describe('the containers dashboard', () => {
  it('shows a container started through the engine API, and its state change when it stops', async () => {
    const s = open();
    await s.waitFor(/Engine \d+\.\d+/);
    const name = uniqueName('appear');
    const container = await createTestContainer(docker, { name });
    await s.waitFor((x) => /running/.test(x.row(name) ?? ''));
    await container.stop({ t: 0 });
    await s.waitFor((x) => /exited/.test(x.row(name) ?? ''));
    expect(s.row(name)).toMatch(/Exited \(\d+\)/);
  });

  it('narrows the list with the filter and clears it with esc', async () => {
    const keep = uniqueName('filter-keep');
    const other = uniqueName('filter-other');
    await createTestContainer(docker, { name: keep });
    await createTestContainer(docker, { name: other });
    const s = open();
    await s.waitFor(other);
    s.press('/');
    await s.type('keep');
    await s.waitFor(
      (x) => x.text().includes('/keep') && x.text().includes(keep) && !x.text().includes(other),
    );
    s.press(KEYS.enter);
    await s.waitFor('/filter: keep');
    expect(s.text()).not.toContain(other);
    s.press(KEYS.escape);
    await s.waitFor((x) => x.text().includes(keep) && x.text().includes(other));
  });

  it('shows every key of the pane with ? and closes it with esc', async () => {
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('?');
    await s.waitFor('Keys: Containers');
    expect(s.text()).toContain('Filter the list');
    expect(s.text()).toContain('Quit berth');
    s.press(KEYS.escape);
    await s.waitFor((x) => !x.text().includes('Keys: Containers'));
  });

  it('leaves the terminal restored on q', async () => {
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('q');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(0);
    await s.settled();
    // main screen back, cursor shown
    expect(s.term.buffer.active.type).toBe('normal');
    expect(s.output.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(s.output.lastIndexOf('\x1b[?1049h'));
    expect(s.output.lastIndexOf('\x1b[?25h')).toBeGreaterThan(s.output.lastIndexOf('\x1b[?25l'));
  });

  it.each(['SIGTERM', 'SIGHUP', 'SIGINT'] as const)('restores the terminal on %s too', async (signal) => {
    const s = open();
    await s.waitFor(/Engine \d/);
    s.proc.kill(signal);
    await s.exited;
    await s.settled();
    expect(s.term.buffer.active.type).toBe('normal');
    expect(s.output.lastIndexOf('\x1b[?25h')).toBeGreaterThan(s.output.lastIndexOf('\x1b[?25l'));
  });

  it('keeps its frame inside a small terminal', async () => {
    const s = open([], { cols: 80, rows: 24 });
    // at 80 columns the header keeps the counts and drops the engine version when the endpoint is long
    await s.waitFor(/\d+ containers? \(\d+ up\)/);
    const lines = s.lines();
    expect(lines[0]).toContain('berth');
    expect(lines[1]).toContain('1 Containers');
    expect(lines.filter((l) => l.includes('berth ')).length).toBe(1);
    s.resize(60, 12);
    await s.waitFor((x) => x.lines()[0]!.includes('berth') && x.lines().some((l) => l.includes('quit')));
    await waitFor(() => s.lines().filter((l) => l.includes('berth ')).length === 1 || undefined);
  });
});
