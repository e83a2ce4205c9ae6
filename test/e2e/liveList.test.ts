// The live list in a real terminal: selection that follows its container, hiding stopped ones,
// the engine-down screen, incremental redraws and the smallest terminal.
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

const open = (args: string[] = ['--host', testHost()], size: { cols?: number; rows?: number } = {}) => {
  screen = launch({ args, ...size });
  return screen;
};
const selectedRow = (s: Screen) => s.row('▶') ?? '';

describe('the live list', () => {
  it('keeps the selection on the same container when another appears above it', async () => {
    const token = uniqueName('sel');
    const lower = `${token}-m`;
    const s = open();
    await createTestContainer(docker, { name: lower });
    await s.waitFor(lower);
    s.press('/');
    await s.type(token);
    s.press(KEYS.enter);
    await s.waitFor((x) => selectedRow(x).includes(lower));
    const upper = `${token}-a`;
    await createTestContainer(docker, { name: upper });
    // created, then started: wait for the row that sorts with the running ones
    await s.waitFor((x) => /running/.test(x.row(upper) ?? ''));
    // the new row sorts above; the selection stayed with its container and moved down with it
    const lines = s.lines();
    expect(lines.findIndex((l) => l.includes(upper))).toBeLessThan(lines.findIndex((l) => l.includes(lower)));
    expect(selectedRow(s)).toContain(lower);
    expect(selectedRow(s)).not.toContain(upper);
  });

  it('brings a just-started container\'s "Less than a second" up to date without another event', async () => {
    const name = uniqueName('fresh');
    const s = open();
    await s.waitFor(/\d+ containers? \(/);
    await createTestContainer(docker, { name });
    await s.waitFor((x) => /running\s+Up Less than a second/.test(x.row(name) ?? ''));
    // the engine's own count, from the row listed again a couple of seconds on
    await s.waitFor((x) => /running\s+Up [2-9] seconds/.test(x.row(name) ?? ''), 6000);
  });

  it('hides stopped containers with S and shows them again', async () => {
    const token = uniqueName('stopped');
    const up = `${token}-up`;
    const down = `${token}-down`;
    await createTestContainer(docker, { name: up });
    const exited = await createTestContainer(docker, { name: down, cmd: ['sh', '-c', 'exit 1'] });
    await exited.wait();
    const s = open();
    // typed ahead, before the first frame: the keys arrive in one read and still work
    s.press(`/${token}\r`);
    await s.waitFor(
      (x) =>
        x.text().includes(`/filter: ${token}`) && /exited/.test(x.row(down) ?? '') && x.text().includes(up),
    );
    s.press('S');
    await s.waitFor((x) => !x.text().includes(down));
    expect(s.text()).toContain(up);
    expect(s.text()).toContain('showing running containers only');
    s.press('S');
    await s.waitFor((x) => x.text().includes(down) && x.text().includes('showing all containers'));
  });

  it('shows the endpoint and what to try when the engine cannot be reached, and q still quits', async () => {
    const s = open(['--host', 'unix:///nonexistent.sock'], { cols: 80, rows: 24 });
    await s.waitFor('Retrying in');
    expect(s.text()).toContain('berth cannot reach the Docker engine at unix:///nonexistent.sock.');
    expect(s.text()).toContain('(ENOENT)');
    expect(s.text()).toMatch(/Try: is dockerd running\?/);
    expect(s.text()).toMatch(/engine down · retrying in \ds/);
    s.press('q');
    const exit = await s.exited;
    expect(exit.exitCode).toBe(0);
    await s.settled();
    expect(s.term.buffer.active.type).toBe('normal');
    expect(s.output).not.toContain('crashed');
  });

  it('writes only a little per selection move, and never clears the screen after the first frame', async () => {
    const token = uniqueName('bytes');
    const names = Array.from({ length: 40 }, (_, i) => `${token}-${String(i).padStart(2, '0')}`);
    await Promise.all(names.map((name) => createTestContainer(docker, { name })));
    const s = open();
    await s.waitFor(/Engine \d/);
    s.press('/');
    await s.type(token);
    s.press(KEYS.enter);
    await s.waitFor(
      (x) =>
        selectedRow(x).includes(names[0]!) && x.text().includes('/filter:') && x.text().includes(names[10]!),
    );
    const afterFirstFrame = s.output.length;
    const perMove: number[] = [];
    for (let i = 1; i <= 10; i++) {
      const before = s.bytes;
      s.press('j');
      await s.waitFor((x) => selectedRow(x).includes(names[i]!));
      perMove.push(s.bytes - before);
    }
    // a page down scrolls the window: more rows change, still no full clear
    s.press(KEYS.pageDown);
    await s.waitFor((x) => !selectedRow(x).includes(names[10]!));
    perMove.sort((a, b) => a - b);
    const median = perMove[Math.floor(perMove.length / 2)]!;
    expect(median).toBeGreaterThan(0);
    expect(median).toBeLessThan(2048);
    expect(s.output.slice(afterFirstFrame)).not.toContain('\x1b[2J');
  }, 90_000);

  it('fits the header, the tabs and the footer into 80×24 without wrapping a line', async () => {
    const s = open(['--host', testHost()], { cols: 80, rows: 24 });
    await s.waitFor(/\d+ containers? \(\d+ up\)/);
    const lines = s.lines();
    expect(lines[0]).toMatch(/^ berth .*\? help\s*$/);
    expect(lines[0]).toMatch(/\d+ containers? \(\d+ up\)/);
    expect(lines[1]).toMatch(/1 Containers.*6 System/);
    expect(lines[2]).toMatch(/^─{80}$/);
    expect(lines[3]).toMatch(/NAME\s+IMAGE\s+STATE\s+STATUS/);
    // the frame is rows − 1 tall: the footer is on the second-last row, the last is empty
    expect(lines[22]).toContain('q quit');
    expect(lines[23]).toBe('');
    const buffer = s.term.buffer.active;
    for (let i = 0; i < 24; i++) expect(buffer.getLine(i)?.isWrapped, `row ${i} wrapped`).toBe(false);
  });
});
