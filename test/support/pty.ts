// The end-to-end harness: the built dist/cli.js in a real pty, drawn into a real terminal emulator.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';

export const CLI = resolve(import.meta.dirname, '../../dist/cli.js');

export const KEYS = {
  enter: '\r',
  escape: '\x1b',
  tab: '\t',
  backspace: '\x7f',
  up: '\x1b[A',
  down: '\x1b[B',
  pageDown: '\x1b[6~',
  pageUp: '\x1b[5~',
  ctrlC: '\x03',
  ctrlD: '\x04',
} as const;

export interface LaunchOptions {
  args?: string[];
  /** Another copy of the command (default: the built dist/cli.js). */
  cli?: string;
  cols?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
}

export interface Exit {
  exitCode: number;
  signal?: number;
}

/** The environment of a terminal session, without anything that would make ink think it is in CI. */
function terminalEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k === 'CI' || k === 'CONTINUOUS_INTEGRATION' || k.startsWith('VITEST')) continue;
    env[k] = v;
  }
  env.TERM = 'xterm-256color';
  env.COLORTERM = 'truecolor';
  delete env.NO_COLOR;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export class Screen {
  readonly term: InstanceType<typeof xterm.Terminal>;
  readonly proc: pty.IPty;
  /** Every byte berth wrote, in order. */
  output = '';
  bytes = 0;
  readonly exited: Promise<Exit>;
  private pending = 0;

  constructor(options: LaunchOptions) {
    const cli = options.cli ?? CLI;
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
    const cols = options.cols ?? 120;
    const rows = options.rows ?? 35;
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 0 });
    // run as a user runs it: the file itself, through its shebang
    this.proc = pty.spawn(cli, options.args ?? [], {
      name: 'xterm-256color',
      cols,
      rows,
      cwd: process.cwd(),
      env: terminalEnv(options.env),
    });
    this.proc.onData((data) => {
      this.output += data;
      this.bytes += Buffer.byteLength(data);
      this.pending++;
      this.term.write(data, () => {
        this.pending--;
      });
    });
    this.exited = new Promise((done) => this.proc.onExit((e) => done(e)));
  }

  /** The screen as text lines (trailing spaces trimmed). */
  lines(): string[] {
    const buffer = this.term.buffer.active;
    const out: string[] = [];
    for (let i = 0; i < this.term.rows; i++)
      out.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return out;
  }

  text(): string {
    return this.lines().join('\n');
  }

  /** The screen line that contains `needle`, or undefined. The body (below the header, the tabs with the
   *  filter text, and the rule) is searched first, so a typed filter never passes for a row. */
  row(needle: string | RegExp): string | undefined {
    const match = (l: string) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l));
    const lines = this.lines();
    return lines.slice(3).find(match) ?? lines.slice(0, 3).find(match);
  }

  /** Waits until the screen (as text) satisfies the check; fails with the screen in the message. */
  async waitFor(check: string | RegExp | ((screen: Screen) => boolean), timeoutMs = 10_000): Promise<void> {
    const test =
      typeof check === 'function'
        ? check
        : typeof check === 'string'
          ? (s: Screen) => s.text().includes(check)
          : (s: Screen) => check.test(s.text());
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.settled();
      if (test(this)) return;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${String(check)}; the screen was:\n${this.text()}`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Until the emulator has drawn everything received so far. */
  async settled(): Promise<void> {
    while (this.pending > 0) await new Promise((r) => setTimeout(r, 5));
  }

  press(keys: string): void {
    this.proc.write(keys);
  }

  /** Types text one key at a time, as a person would. */
  async type(text: string, gapMs = 15): Promise<void> {
    for (const ch of text) {
      this.proc.write(ch);
      await new Promise((r) => setTimeout(r, gapMs));
    }
  }

  resize(cols: number, rows: number): void {
    this.proc.resize(cols, rows);
    this.term.resize(cols, rows);
  }

  /** Ends the process if it is still running. */
  async close(): Promise<void> {
    try {
      this.proc.kill('SIGKILL');
    } catch {
      // already gone
    }
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 2000))]);
    this.term.dispose();
  }
}

export function launch(options: LaunchOptions = {}): Screen {
  return new Screen(options);
}
