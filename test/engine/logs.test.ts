// Logs against the private engine: what arrives, in what order, from which stream; resuming after a
// restart; time windows compared with the engine's own answer (the docker CLI); bounded memory.
import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import { LINE_CAP } from '../../source/docker/logParser.js';
import type { LogLine } from '../../source/docker/types.js';
import { createEventBus } from '../../source/logs/eventBus.js';
import { allLines } from '../../source/logs/lines.js';
import { LogSession } from '../../source/logs/session.js';
import { windowOptions } from '../../source/logs/windows.js';
import {
  createTestContainer,
  removeTestContainers,
  TEST_IMAGE,
  testDocker,
  testHost,
  uniqueName,
  waitFor,
} from '../support/docker.js';

const docker = testDocker();
const client = createClient(parseEndpoint(testHost()));
const OWN_LABEL = `berth.test-logs-${process.pid}`;
const open: LogSession[] = [];
const stops: (() => void)[] = [];

afterEach(() => {
  for (const s of open.splice(0)) s.stop();
  for (const stop of stops.splice(0)) stop();
});
afterAll(async () => {
  await removeTestContainers(docker);
  const own = await docker.listContainers({ all: true, filters: { label: [OWN_LABEL] } });
  await Promise.all(own.map((c) => docker.getContainer(c.Id).remove({ force: true })));
});

function session(targets: string[], options: ConstructorParameters<typeof LogSession>[2] = {}) {
  const bus = createEventBus();
  stops.push(client.events({ onEvent: (e) => bus.emit(e), onClose: () => undefined }));
  const s = new LogSession(client, targets, { flushMs: 10, bus, ...options });
  open.push(s);
  s.start();
  return s;
}

const texts = (lines: LogLine[]) => lines.map((l) => l.text);
const cli = (...args: string[]) =>
  execFileSync('docker', ['-H', testHost(), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
/** The docker CLI's answer, stdout and stderr apart (it writes them to its own stdout and stderr). */
function cliLogs(id: string, ...args: string[]): { out: string[]; err: string[] } {
  const out = execFileSync('docker', ['-H', testHost(), 'logs', ...args, id], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const err = execFileSync(
    'sh',
    [
      '-c',
      `docker -H "$1" logs ${args.map((a) => `'${a}'`).join(' ')} "$2" 2>&1 >/dev/null`,
      'sh',
      testHost(),
      id,
    ],
    {
      encoding: 'utf8',
    },
  );
  const lines = (s: string) => (s ? s.replace(/\n$/, '').split('\n') : []);
  return { out: lines(out), err: lines(err) };
}

describe('following logs on the engine', () => {
  it('gets every line of stdout and stderr, in order, stderr marked', async () => {
    const c = await createTestContainer(docker, {
      cmd: ['sh', '-c', 'for i in $(seq 1 500); do echo "out $i"; echo "err $i" >&2; done'],
    });
    const s = session([c.id], { window: 'all' });
    await waitFor(() => s.lineCount() === 1000 && s.sources[0]!.status === 'stopped', 20_000);
    const lines = allLines(s.entries().lines);
    const out = lines.filter((l) => l.stream === 'stdout');
    const err = lines.filter((l) => l.stream === 'stderr');
    expect(texts(out)).toEqual(Array.from({ length: 500 }, (_, i) => `out ${i + 1}`));
    expect(texts(err)).toEqual(Array.from({ length: 500 }, (_, i) => `err ${i + 1}`));
    // what the engine itself says, stream by stream
    const engine = cliLogs(c.id);
    expect(texts(out)).toEqual(engine.out);
    expect(texts(err)).toEqual(engine.err);
  });

  it('keeps the newest lines when there are more than the buffer holds, none lost within it', async () => {
    const c = await createTestContainer(docker, { cmd: ['sh', '-c', 'seq 1 3000'] });
    const s = session([c.id], { window: 'all', capacity: 1000 });
    await waitFor(() => s.sources[0]!.received === 3000 && s.sources[0]!.status === 'stopped', 20_000);
    expect(texts(allLines(s.entries().lines))).toEqual(
      Array.from({ length: 1000 }, (_, i) => String(2001 + i)),
    );
  });

  it('reads a TTY container (no frames, \\r\\n line ends)', async () => {
    const c = await createTestContainer(docker, {
      tty: true,
      cmd: [
        'sh',
        '-c',
        'for i in $(seq 1 50); do echo "tty $i"; done; printf "\\033[32mgreen\\033[0m\\n"; sleep 3600',
      ],
    });
    const s = session([c.id], { window: 'all' });
    await waitFor(() => s.lineCount() === 51, 20_000);
    expect(s.sources[0]!.tty).toBe(true);
    expect(s.sources[0]!.status).toBe('following');
    const lines = allLines(s.entries().lines);
    expect(texts(lines).slice(0, 50)).toEqual(Array.from({ length: 50 }, (_, i) => `tty ${i + 1}`));
    expect(lines[50]!.text).toBe('\x1b[32mgreen\x1b[0m');
    expect(lines.every((l) => l.stream === 'stdout')).toBe(true);
  });

  it('keeps a 1 MiB line whole and a longer one up to the cap, with its real length', async () => {
    const c = await createTestContainer(docker, {
      cmd: [
        'sh',
        '-c',
        `head -c ${LINE_CAP} /dev/zero | tr '\\0' x; echo; head -c ${LINE_CAP + 500000} /dev/zero | tr '\\0' y; echo; echo after`,
      ],
    });
    const s = session([c.id], { window: 'all' });
    await waitFor(() => s.lineCount() === 3, 30_000);
    const [one, two, three] = allLines(s.entries().lines);
    expect(one!.text.length).toBe(LINE_CAP);
    expect(/^x+$/.test(one!.text)).toBe(true);
    expect(one!.length).toBeUndefined();
    expect(two!.text.length).toBe(LINE_CAP);
    expect(two!.length).toBe(LINE_CAP + 500000);
    expect(three!.text).toBe('after');
  });

  it('resumes by itself when the container restarts, without repeating a line', async () => {
    const c = await createTestContainer(docker, {
      cmd: ['sh', '-c', 'echo boot; i=0; while true; do i=$((i+1)); echo "tick $i"; sleep 0.2; done'],
    });
    const s = session([c.id], { window: 'all' });
    await waitFor(() => texts(allLines(s.entries().lines)).includes('tick 3'), 20_000);
    await c.restart({ t: 0 });
    await waitFor(() => {
      const t = texts(allLines(s.entries().lines));
      return t.filter((x) => x === 'boot').length === 2 && t.lastIndexOf('tick 3') > t.lastIndexOf('boot');
    }, 20_000);
    expect(s.sources[0]!.status).toBe('following');
    const lines = allLines(s.entries().lines);
    const keys = lines.map((l) => `${l.ts} ${l.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    // everything the engine has, in the same order (the stream may be a tick ahead of the CLI's answer)
    const engine = cliLogs(c.id).out;
    expect(texts(lines).slice(0, engine.length)).toEqual(engine.slice(0, lines.length));

    await c.remove({ force: true });
    await waitFor(() => s.sources[0]!.status === 'removed', 10_000);
  });

  it('returns for each window what the engine returns for the same --since / --tail', async () => {
    const c = await createTestContainer(docker, {
      cmd: [
        'sh',
        '-c',
        'for i in $(seq 1 300); do echo "line $i"; echo "e $i" >&2; sleep 0.005; done; sleep 3600',
      ],
    });
    const all = session([c.id], { window: 'all' });
    await waitFor(() => all.lineCount() === 600, 30_000);
    // tail: the last 200 lines, like docker logs --tail 200
    const s = session([c.id], { window: 'tail' });
    await waitFor(() => s.lineCount() === 200 && s.sources[0]!.status === 'following', 10_000);
    const tail = cliLogs(c.id, '--tail', '200');
    const lines = allLines(s.entries().lines);
    expect(texts(lines.filter((l) => l.stream === 'stdout'))).toEqual(tail.out);
    expect(texts(lines.filter((l) => l.stream === 'stderr'))).toEqual(tail.err);
    expect(tail.out.length + tail.err.length).toBe(200);

    // a since window cut in the middle of the run: pretend "now" is a minute after the 150th line
    const middle = allLines(all.entries().lines).find((l) => l.text === 'line 150')!;
    const nowMs = Date.parse(middle.ts) + 60_000;
    const { since } = windowOptions('1m', nowMs);
    const got: LogLine[] = [];
    await new Promise<void>((done) => {
      const close = client.logs(
        c.id,
        { since },
        {
          onInfo: () => undefined,
          onLines: (ls) => {
            got.push(...ls);
            if (got.some((l) => l.text === 'line 300') && got.some((l) => l.text === 'e 300')) {
              close();
              done();
            }
          },
          onEnd: () => done(),
        },
      );
    });
    const engine = cliLogs(c.id, '--since', since!);
    expect(engine.out.length).toBeGreaterThan(100);
    expect(engine.out.length).toBeLessThan(300);
    expect(texts(got.filter((l) => l.stream === 'stdout'))).toEqual(engine.out);
    expect(texts(got.filter((l) => l.stream === 'stderr'))).toEqual(engine.err);
  });

  it('keeps memory bounded under a firehose (busy yes), the buffer capped', async () => {
    const name = uniqueName('firehose');
    const c = await docker.createContainer({
      Image: TEST_IMAGE,
      name,
      Cmd: ['yes', 'firehose line with some words in it'],
      Labels: { [OWN_LABEL]: '1' },
      StopSignal: 'SIGKILL',
      // the engine's own log file must stay small too
      HostConfig: {
        NetworkMode: 'none',
        LogConfig: { Type: 'json-file', Config: { 'max-size': '5m', 'max-file': '2' } },
      },
    });
    await c.start();
    const s = session([c.id], { window: 'tail', capacity: 5000 });
    const before = process.memoryUsage().heapUsed;
    await waitFor(() => s.sources[0]!.received > 200_000, 30_000);
    const src = s.sources[0]!;
    expect(src.store.length).toBe(5000);
    // 5,000 lines of ~70 bytes with their timestamps: the store's buffer comes round, it does not grow on
    expect(src.store.size).toBeLessThanOrEqual(1024 * 1024);
    expect(s.entries().lines.length).toBe(5000);
    expect(allLines(s.entries().lines).at(-1)!.text).toBe('firehose line with some words in it');
    // 5,000 lines of ~40 characters are a few hundred KB; the heap must not grow with what went past
    global.gc?.();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    await c.kill();
  });
});

void cli;
