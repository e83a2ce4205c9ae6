// npm run bench: berth's figures on a private engine beside `docker ps -a` (DESIGN.md §7).
//   npx tsx scripts/bench.ts unix:///DIR/docker.sock DIR [--write]
// Env: BERTH_BENCH_SIZES (default "20,200"), BERTH_BENCH_IDLE_S (idle window, default 60),
//      BERTH_BENCH_SETTLE_S (from the first frame to the idle window, default 15),
//      BERTH_BENCH_PAIRS (stop/start pairs, default 20), BERTH_BENCH_MOVES (j presses, default 50),
//      BERTH_BENCH_LOAD=0 (skip the figures under load: 2,000 containers, a log firehose, a million lines).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import Docker from 'dockerode';
import { KEYS, launch, type Screen } from '../test/support/pty.js';
import { type Align, markdownTable } from './markdownTable.js';
import { replaceBlock } from './readmeKeys.js';

const [host, dir, ...flags] = process.argv.slice(2);
if (!host || !dir) {
  process.stderr.write('usage: tsx scripts/bench.ts unix:///DIR/docker.sock DIR [--write]\n');
  process.exit(2);
}
const SIZES = (process.env.BERTH_BENCH_SIZES ?? '20,200').split(',').map(Number);
const IDLE_S = Number(process.env.BERTH_BENCH_IDLE_S ?? 60);
// Idle is the steady state: past start-up (V8's first memory-reducing collection, ~80 ms, comes ~10 s
// after start) and long enough to hold one of the once-a-minute reconciling re-lists.
const SETTLE_S = Number(process.env.BERTH_BENCH_SETTLE_S ?? 15);
const PAIRS = Number(process.env.BERTH_BENCH_PAIRS ?? 20);
const MOVES = Number(process.env.BERTH_BENCH_MOVES ?? 50);
const LABEL = 'berth.bench';
// a shared 2-core machine: starts vary by tens of ms from one to the next
const START_RUNS = 9;
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const docker = new Docker({ socketPath: host.replace(/^unix:\/\//, '') });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
const median = (xs: number[]) => percentile(xs, 50);
function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
const nameOf = (i: number) => `bench-${String(i).padStart(4, '0')}`;

/** Exactly `n` running bench containers: made or removed in parallel batches. */
async function ensureContainers(n: number): Promise<void> {
  const have = await docker.listContainers({ all: true, filters: { label: [LABEL] } });
  const extra = have.filter((c) => Number(c.Names[0]!.slice('/bench-'.length)) >= n);
  await Promise.all(extra.map((c) => docker.getContainer(c.Id).remove({ force: true })));
  const names = new Set(have.map((c) => c.Names[0]!.slice(1)));
  const missing = Array.from({ length: n }, (_, i) => nameOf(i)).filter((name) => !names.has(name));
  for (let i = 0; i < missing.length; i += 10) {
    await Promise.all(
      missing.slice(i, i + 10).map(async (name) => {
        const c = await docker.createContainer({
          Image: 'berth-test:latest',
          name,
          Cmd: ['sleep', '100000'],
          Labels: { [LABEL]: '1' },
          StopSignal: 'SIGKILL',
          HostConfig: { NetworkMode: 'none' },
        });
        await c.start();
      }),
    );
  }
  const stopped = await docker.listContainers({ all: true, filters: { label: [LABEL], status: ['exited'] } });
  await Promise.all(stopped.map((c) => docker.getContainer(c.Id).start()));
}

/** Resolves when the screen satisfies `check`, tested after every write the emulator parses. */
function until(screen: Screen, check: (s: Screen) => boolean, timeoutMs = 30_000): Promise<number> {
  return new Promise((done, fail) => {
    if (check(screen)) return done(performance.now());
    const timer = setTimeout(() => {
      sub.dispose();
      fail(new Error(`timed out; the screen was:\n${screen.text()}`));
    }, timeoutMs);
    const sub = screen.term.onWriteParsed(() => {
      if (!check(screen)) return;
      clearTimeout(timer);
      sub.dispose();
      done(performance.now());
    });
  });
}

const cpuTicks = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
};
const rssMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : Number.NaN;
};

/** dockerd and containerd of this engine (not the shims: they belong to the containers). */
function enginePids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (/(^|\/)(dockerd|containerd)$/.test(cmd[0] ?? '') && cmd.some((a) => a.includes(`${dir}/`))) {
        pids.push(Number(entry));
      }
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** % of one core used by `pids` over `seconds`. */
async function cpuPercent(pids: number[], seconds: number): Promise<number> {
  const total = () => pids.reduce((s, p) => s + cpuTicks(p), 0);
  const before = total();
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const elapsed = (performance.now() - t0) / 1000;
  return ((total() - before) / CLK_TCK / elapsed) * 100;
}

/** Waits (at most a minute) until the engine has settled after creating and starting containers: two
 *  seconds in a row under 5 % of a core. Measured sooner, every figure carries the engine's start-up. */
async function engineSettled(): Promise<void> {
  const pids = enginePids();
  let quiet = 0;
  for (let i = 0; i < 60 && quiet < 2; i++) quiet = (await cpuPercent(pids, 1)) < 5 ? quiet + 1 : 0;
}

function dockerPsMs(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    execFileSync('docker', ['-H', host!, 'ps', '-a'], { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return median(times);
}

// the list is on screen: the header counts every container of the engine and the first row is drawn
const listed = (total: number) => (s: Screen) =>
  s.text().includes(`${total} containers (`) && s.text().includes(nameOf(0));
const selectedRow = (s: Screen) => s.row('▶') ?? '';
// a list row starts with the selection marker and the name (the tabs line shows the filter text too)
const listRow = (s: Screen, name: string) =>
  s.lines().find((l) => l.replace(/^[\s▶●]+/, '').startsWith(`${name} `)) ?? '';

interface Figures {
  n: number;
  coldMs: number;
  startMs: number;
  psMs: number;
  idleCpu: number;
  engineIdle: number;
  engineWithBerth: number;
  rss: number;
  eventP50: number;
  eventP95: number;
  bytesPerMove: number;
}

async function measure(n: number): Promise<Figures> {
  log(`${n} containers: creating`);
  await ensureContainers(n);
  await engineSettled();
  const psMs = dockerPsMs();
  const header = listed((await docker.listContainers({ all: true })).length);

  // the first run on a machine compiles the bundle and leaves V8's code cache; every later run starts from it
  let coldMs = Number.NaN;
  if (n === SIZES[0]) {
    for (const file of readdirSync('dist')) if (file.endsWith('.cache')) rmSync(`dist/${file}`);
    const t0 = performance.now();
    const s = launch({ args: ['--host', host!], cols: 120, rows: 35 });
    coldMs = (await until(s, header)) - t0;
    await sleep(3000); // long enough to write the cache
    s.press('q');
    await s.exited;
    await s.close();
  }

  log(`${n}: start → first frame (${START_RUNS} runs)`);
  const starts: number[] = [];
  for (let i = 0; i < START_RUNS; i++) {
    const t0 = performance.now();
    const s = launch({ args: ['--host', host!], cols: 120, rows: 35 });
    starts.push((await until(s, header)) - t0);
    s.press('q');
    await s.exited;
    await s.close();
  }

  log(`${n}: the engine's CPU without berth (${IDLE_S}s)`);
  const engine = enginePids();
  const engineIdle = await cpuPercent(engine, IDLE_S);

  const s = launch({ args: ['--host', host!], cols: 120, rows: 35 });
  try {
    await until(s, header);
    await sleep(SETTLE_S * 1000);
    log(`${n}: berth idle-watching (${IDLE_S}s)`);
    const [idleCpu, engineWithBerth] = await Promise.all([
      cpuPercent([s.proc.pid], IDLE_S),
      cpuPercent(engine, IDLE_S),
    ]);
    const rss = rssMb(s.proc.pid);

    log(`${n}: event → row (${PAIRS} stop/start pairs)`);
    const target = nameOf(Math.floor(n / 2));
    s.press(`/${target}\r`);
    await until(
      s,
      (x) => x.text().includes(`/filter: ${target}`) && listRow(x, target).includes(' running '),
    );
    const container = docker.getContainer(target);
    const latencies: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      for (const [act, state] of [
        [() => container.stop({ t: 0 }), 'exited'],
        [() => container.start(), 'running'],
      ] as const) {
        await act();
        const t0 = performance.now();
        latencies.push((await until(s, (x) => listRow(x, target).includes(` ${state} `))) - t0);
      }
    }

    log(`${n}: bytes per selection move (${MOVES} j presses)`);
    s.press(KEYS.escape);
    await until(s, (x) => !x.text().includes('/filter'));
    s.press('g');
    await until(s, (x) => selectedRow(x).includes(nameOf(0)));
    const moves: number[] = [];
    for (let i = 1; i <= Math.min(MOVES, n - 1); i++) {
      const before = s.bytes;
      s.press('j');
      await until(s, (x) => selectedRow(x).includes(nameOf(i)));
      await sleep(20);
      moves.push(s.bytes - before);
    }
    return {
      n,
      coldMs,
      startMs: median(starts),
      psMs,
      idleCpu,
      engineIdle,
      engineWithBerth,
      rss,
      eventP50: percentile(latencies, 50),
      eventP95: percentile(latencies, 95),
      bytesPerMove: moves.reduce((a, b) => a + b, 0) / moves.length,
    };
  } finally {
    s.press('q');
    await s.close();
  }
}

interface Load {
  keyP50: number;
  keyP95: number;
  rss2000: number;
  firehoseP50: number;
  firehoseP95: number;
  firehoseCpu: number;
  rssBefore: number;
  rssAfter: number;
  rssSettled: number;
  millionS: number;
}

/** A container of the bench with a command of its own, its logs kept small on the engine's disk. */
async function runLogger(name: string, script: string): Promise<void> {
  const c = await docker.createContainer({
    Image: 'berth-test:latest',
    name,
    Cmd: ['sh', '-c', script],
    Labels: { [LABEL]: '1' },
    StopSignal: 'SIGKILL',
    HostConfig: {
      NetworkMode: 'none',
      LogConfig: { Type: 'json-file', Config: { 'max-size': '20m', 'max-file': '1' } },
    },
  });
  await c.start();
}

/** p50 and p95 of the time from each press until the screen shows its effect. */
async function keyLatencies(
  s: Screen,
  presses: number,
  press: (i: number) => [string, (x: Screen) => boolean],
) {
  const times: number[] = [];
  for (let i = 0; i < presses; i++) {
    const [key, done] = press(i);
    const t0 = performance.now();
    s.press(key);
    times.push((await until(s, done)) - t0);
    await sleep(30);
  }
  return [percentile(times, 50), percentile(times, 95)] as const;
}

async function measureLoad(): Promise<Load> {
  // a log firehose: a container printing as fast as it can, followed full-screen; `f` pauses and follows
  log('a log firehose: keys in the logs view');
  await runLogger(
    'bench-firehose',
    'yes "firehose: a line of log text, printed as fast as the container can"',
  );
  const fire = launch({ args: ['--host', host!, 'logs', 'bench-firehose'], cols: 120, rows: 35 });
  let firehose: readonly [number, number];
  let firehoseCpu: number;
  try {
    await until(fire, (x) => x.text().includes('firehose: a line'));
    await sleep(2000);
    const cpu = cpuPercent([fire.proc.pid], 10);
    firehose = await keyLatencies(fire, 20, (i) => [
      'f',
      (x) => x.text().includes(i % 2 === 0 ? 'paused (G follows)' : '· following ·'),
    ]);
    firehoseCpu = await cpu;
  } finally {
    fire.press('q');
    await fire.close();
    await docker.getContainer('bench-firehose').remove({ force: true });
  }

  // a million lines: resident memory before and after they have all gone by
  log('1,000,000 log lines: memory');
  await runLogger('bench-million', 'sleep 4; seq 1 1000000; sleep 100000');
  const million = launch({ args: ['--host', host!, 'logs', 'bench-million'], cols: 120, rows: 35 });
  let rssBefore: number;
  let rssAfter: number;
  let rssSettled: number;
  let millionS: number;
  try {
    await until(million, (x) => x.text().includes('bench-million'));
    await sleep(2000);
    rssBefore = rssMb(million.proc.pid);
    const t0 = performance.now();
    await until(million, (x) => x.lines().some((l) => l.trim() === '1000000'), 180_000);
    millionS = (performance.now() - t0) / 1000;
    await sleep(2000);
    rssAfter = rssMb(million.proc.pid);
    // V8 gives the dead lines' memory back once the heap has been quiet a while (its memory reducer)
    rssSettled = rssAfter;
    for (let i = 0; i < 12; i++) {
      await sleep(5000);
      rssSettled = Math.min(rssSettled, rssMb(million.proc.pid));
    }
  } finally {
    million.press('q');
    await million.close();
    await docker.getContainer('bench-million').remove({ force: true });
  }

  // 2,000 containers (the running ones and the rest created): a selection move, key to frame
  log('2,000 containers: creating');
  // by name: the running ones may have gaps (the event pairs stop and start them)
  const names = new Set(
    (await docker.listContainers({ all: true, filters: { label: [LABEL] } })).map((c) =>
      c.Names[0]!.slice(1),
    ),
  );
  const missing = Array.from({ length: 2000 }, (_, i) => nameOf(i)).filter((name) => !names.has(name));
  for (let i = 0; i < missing.length; i += 20) {
    await Promise.all(
      missing.slice(i, i + 20).map((name) =>
        docker.createContainer({
          Image: 'berth-test:latest',
          name,
          Cmd: ['true'],
          Labels: { [LABEL]: '1' },
          HostConfig: { NetworkMode: 'none' },
        }),
      ),
    );
  }
  await engineSettled();
  log('2,000 containers: key → frame');
  const total = (await docker.listContainers({ all: true })).length;
  const big = launch({ args: ['--host', host!], cols: 120, rows: 35 });
  try {
    await until(big, listed(total), 60_000);
    await sleep(2000);
    big.press('g');
    await until(big, (x) => selectedRow(x).includes(nameOf(0)));
    const keys = await keyLatencies(big, MOVES, (i) => ['j', (x) => selectedRow(x).includes(nameOf(i + 1))]);
    return {
      keyP50: keys[0],
      keyP95: keys[1],
      rss2000: rssMb(big.proc.pid),
      firehoseP50: firehose[0],
      firehoseP95: firehose[1],
      firehoseCpu,
      rssBefore,
      rssAfter,
      rssSettled,
      millionS,
    };
  } finally {
    big.press('q');
    await big.close();
  }
}

function loadTable(l: Load): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  return markdownTable(
    ['under load', 'berth', 'budget'],
    [
      [
        `key → frame, selection move with 2,000 containers, p50 / p95 (${MOVES} presses)`,
        `${ms(l.keyP50)} / ${ms(l.keyP95)}`,
        '≤ 30 ms p95',
      ],
      ['resident memory with 2,000 containers', `${l.rss2000.toFixed(1)} MB`, '—'],
      [
        'key → frame in the logs view of a log firehose (`yes`), p50 / p95',
        `${ms(l.firehoseP50)} / ${ms(l.firehoseP95)}`,
        '≤ 50 ms',
      ],
      ['berth CPU following the firehose, % of one core', `${l.firehoseCpu.toFixed(0)} %`, '—'],
      [
        `resident memory before / just after / a minute after 1,000,000 log lines (in ${l.millionS.toFixed(1)} s)`,
        `${l.rssBefore.toFixed(1)} / ${l.rssAfter.toFixed(1)} / ${l.rssSettled.toFixed(1)} MB`,
        'flat, ± 10 MB',
      ],
    ],
    ['left', 'right', 'left'],
  );
}

function table(results: Figures[]): string {
  const ms = (x: number) => `${Math.round(x)} ms`;
  const pct = (x: number) => `${x.toFixed(2)} %`;
  const row = (what: string, budget: string, cell: (r: Figures) => string) => [
    what,
    ...results.map(cell),
    budget,
  ];
  const version = execFileSync('docker', ['-H', host!, 'version', '--format', '{{.Server.Version}}'], {
    encoding: 'utf8',
  }).trim();
  const rows = [
    row(`start → first frame with the list (median of ${START_RUNS})`, '≤ 250 ms', (r) => ms(r.startMs)),
    row('the same, first run on the machine (no code cache yet)', '—', (r) =>
      Number.isNaN(r.coldMs) ? '' : ms(r.coldMs),
    ),
    row('`docker ps -a` wall time (median of 5)', '—', (r) => ms(r.psMs)),
    row(
      `berth CPU while idle-watching (${IDLE_S} s, from ${SETTLE_S} s after start), % of one core`,
      '≤ 0.1 %',
      (r) => pct(r.idleCpu),
    ),
    row(
      'engine CPU (dockerd + containerd) with berth idle / without berth',
      '≤ +0.3 points',
      (r) => `${pct(r.engineWithBerth)} / ${pct(r.engineIdle)}`,
    ),
    row('berth resident memory (VmRSS)', '≤ 70 MB', (r) => `${r.rss.toFixed(1)} MB`),
    row(
      'docker event → row changed on screen, p50 / p95',
      '≤ 100 ms p95',
      (r) => `${ms(r.eventP50)} / ${ms(r.eventP95)}`,
    ),
    row(
      `bytes written per selection move (mean of ${MOVES})`,
      '≤ 2 KB',
      (r) => `${Math.round(r.bytesPerMove)} B`,
    ),
  ];
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model.trim()}), ` +
      `Node ${process.version}, dockerd ${version}; berth built with \`npm run build\`, 120×35 pty. ` +
      `Idle window ${IDLE_S} s from ${SETTLE_S} s after the first frame; ${PAIRS} stop/start pairs; ` +
      `${MOVES} selection moves. Every start but the "first run" one finds the code cache a first run leaves.`,
    '',
    markdownTable(['', ...results.map((r) => `${r.n} containers`), 'budget'], rows, [
      'left',
      ...results.map((): Align => 'right'),
      'left',
    ]),
    '',
  ].join('\n');
}

const results: Figures[] = [];
let load: Load | undefined;
try {
  for (const n of SIZES) results.push(await measure(n));
  if (process.env.BERTH_BENCH_LOAD !== '0') load = await measureLoad();
} finally {
  const left = await docker.listContainers({ all: true, filters: { label: [LABEL] } });
  for (let i = 0; i < left.length; i += 50) {
    await Promise.all(
      left.slice(i, i + 50).map((c) =>
        docker
          .getContainer(c.Id)
          .remove({ force: true })
          .catch(() => undefined),
      ),
    );
  }
}
const markdown = table(results) + (load ? `\n${loadTable(load)}\n` : '');
process.stdout.write(markdown);
if (flags.includes('--write')) {
  writeFileSync(
    'BENCHMARKS.md',
    `# Benchmarks\n\nMade by \`npm run bench\` (scripts/bench.ts) on a private engine; budgets from DESIGN.md §7.\n` +
      `The machine is shared, so the figures are noisy; run it again for your own.\n\n${markdown}`,
  );
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', replaceBlock(readme, '<!-- bench:start -->', '<!-- bench:end -->', markdown));
  log('wrote BENCHMARKS.md and the table in README.md');
}
process.exit(0);
