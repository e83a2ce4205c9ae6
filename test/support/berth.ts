// berth on the test engine in a pty, for end-to-end tests: every screen a test opens is closed after it.
import { afterEach } from 'vitest';
import { testHost } from './docker.js';
import { type LaunchOptions, launch, type Screen } from './pty.js';

export type Open = (
  args?: string[],
  size?: { cols?: number; rows?: number },
  env?: LaunchOptions['env'],
) => Screen;

/** Call at the top of a test file; `open(args)` starts berth with `--host` the test engine. */
export function berthOpener(): Open {
  const opened: Screen[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  return (args = [], size = {}, env) => {
    const screen = launch({ args: ['--host', testHost(), ...args], ...size, env });
    opened.push(screen);
    return screen;
  };
}
