// The terminal's state around berth: alternate screen in, everything restored on any exit (DESIGN.md §8).
import { writeSync } from 'node:fs';

const ENTER = '\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l';
// Show the cursor, leave the alternate screen, reset the scroll region and attributes.
const LEAVE = '\x1b[0m\x1b[?25h\x1b[?1049l';

let active = false;

export function enterFullscreen(): void {
  if (active) return;
  active = true;
  writeSync(1, ENTER);
}

/** Idempotent and synchronous, so it can run from any exit path, even a crashing one. */
export function restoreTerminal(): void {
  if (!active) return;
  active = false;
  try {
    if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
  } catch {
    // stdin may already be gone (SIGHUP); the escape sequences below still matter
  }
  try {
    writeSync(1, LEAVE);
  } catch {
    // the terminal is gone: nothing left to restore
  }
}

/** Gives the bare terminal to another program for a while (a shell in a container). */
export function leaveFullscreenForSession(): void {
  if (!active) return;
  writeSync(1, LEAVE);
}

/** Back from the session: the alternate screen, cleared, for a full redraw. */
export function returnFromSession(): void {
  if (!active) return;
  writeSync(1, ENTER);
}

/** Restores the terminal on signals and crashes; returns the uninstall. */
export function installExitHandlers(onError: (error: unknown) => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    restoreTerminal();
    const codes: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
    process.exit(codes[signal] ?? 1);
  };
  const onCrash = (error: unknown) => {
    restoreTerminal();
    onError(error);
    process.exit(1);
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
  for (const s of signals) process.on(s, onSignal);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  process.on('exit', restoreTerminal);
  return () => {
    for (const s of signals) process.off(s, onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    process.off('exit', restoreTerminal);
  };
}
