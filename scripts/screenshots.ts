// Real screens of berth on the demo engine, as SVG: npx tsx scripts/screenshots.ts HOST OUTDIR
// Each shot launches the built CLI in a pty drawn into @xterm/headless, presses its keys, and saves the
// screen. Later panes add shots by adding entries to SHOTS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, launch, type Screen } from '../test/support/pty.js';
import { terminalSvg } from './svg.js';

type Step = { press: string } | { type: string } | { waitFor: string | RegExp };

interface Shot {
  name: string;
  title: string;
  cols: number;
  rows: number;
  /** Arguments instead of --host HOST. */
  args?: string[];
  steps: Step[];
}

const LISTED = /\d+ containers \(\d+ up\)/;

export const SHOTS: Shot[] = [
  {
    name: 'containers',
    title: 'berth: the containers list',
    cols: 120,
    rows: 35,
    // selected through the filter, which esc then clears: the selection stays on its container, while
    // counting rows would depend on where the restarting container sorts at that moment
    steps: [
      { waitFor: LISTED },
      { waitFor: 'shop-web-1' },
      { press: '/' },
      { type: 'shop-api-1' },
      { press: '\r' },
      { waitFor: /▶\s+shop-api-1/ },
      { press: '\x1b' },
      { waitFor: 'shop-web-1' },
    ],
  },
  {
    name: 'filter',
    title: 'berth: filtering the list',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: '/' }, { type: 'shop' }, { waitFor: '/shop' }],
  },
  {
    name: 'help',
    title: 'berth: the help overlay',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: '?' }, { waitFor: 'Keys: Containers' }],
  },
  {
    name: 'containers-80x24',
    title: 'berth at 80×24',
    cols: 80,
    rows: 24,
    steps: [{ waitFor: LISTED }, { waitFor: 'shop-web-1' }],
  },
  {
    name: 'logs',
    title: "berth: following a container's logs",
    cols: 120,
    rows: 35,
    steps: [
      { waitFor: LISTED },
      { press: '/' },
      { type: 'logger' },
      { press: KEYS.enter },
      { waitFor: /▶\s+logger/ },
      { press: 'l' },
      { waitFor: /logs · logger · following/ },
    ],
  },
  {
    name: 'preview',
    title: "berth: the list with the selected container's logs below",
    cols: 160,
    rows: 45,
    steps: [{ waitFor: LISTED }, { waitFor: /─ logs · / }],
  },
  {
    name: 'inspect',
    title: 'berth: inspecting a container',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: 'i' }, { waitFor: '"Id"' }],
  },
  {
    name: 'run-dialog',
    title: 'berth: the run dialog',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: 'n' }, { waitFor: /[Rr]un/ }, { type: 'berth-test:latest' }],
  },
  {
    name: 'images',
    title: 'berth: the images pane',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: '2' }, { waitFor: 'REPOSITORY:TAG' }],
  },
  {
    name: 'volumes',
    title: 'berth: the volumes pane',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: '3' }, { waitFor: 'MOUNTPOINT' }],
  },
  {
    name: 'networks',
    title: 'berth: the networks pane',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: '4' }, { waitFor: 'SUBNET' }],
  },
  {
    name: 'events',
    title: "berth: the engine's events, live",
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: '5' }, { waitFor: /start|die|restart/ }],
  },
  {
    name: 'system',
    title: 'berth: the engine and its disk usage',
    cols: 120,
    rows: 35,
    steps: [{ waitFor: LISTED }, { press: '6' }, { waitFor: 'RECLAIMABLE' }],
  },
  {
    name: 'engine-down',
    title: 'berth when the engine cannot be reached',
    cols: 80,
    rows: 24,
    args: ['--host', 'unix:///var/run/nonexistent-docker.sock'],
    steps: [{ waitFor: 'Retrying in' }],
  },
];

async function take(shot: Shot, host: string): Promise<string> {
  const screen: Screen = launch({ args: shot.args ?? ['--host', host], cols: shot.cols, rows: shot.rows });
  try {
    for (const step of shot.steps) {
      if ('press' in step) screen.press(step.press);
      else if ('type' in step) await screen.type(step.type, 40);
      else await screen.waitFor(step.waitFor, 20_000);
    }
    // let the last frame land
    await new Promise((r) => setTimeout(r, 300));
    await screen.settled();
    return terminalSvg(screen.term, shot.title);
  } finally {
    screen.press(KEYS.ctrlC);
    await screen.close();
  }
}

const [host, out = 'screenshots'] = process.argv.slice(2);
if (!host) {
  process.stderr.write('usage: tsx scripts/screenshots.ts unix:///path/docker.sock [outdir]\n');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const shot of SHOTS) {
  const file = join(out, `${shot.name}.svg`);
  writeFileSync(file, await take(shot, host));
  process.stdout.write(`${file}\n`);
}
