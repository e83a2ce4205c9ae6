// Hands the terminal to another program (exec, attach, an interactive run) and takes it back.
// While suspended the app draws nothing and reads no keys, so ink lets go of stdin and raw mode;
// afterwards the alternate screen comes back and the whole frame is drawn anew, state intact.
import { useCallback } from 'react';
import type { Action } from '../store/actions.js';
import { leaveFullscreenForSession, returnFromSession } from '../terminal.js';
import type { TerminalSession } from './actionContext.js';

const FLUSH_MS = 80; // longer than a frame at maxFps 30, so the empty frame is out before we leave

export function useTerminalHandover(
  dispatch: (action: Action) => void,
): (session: TerminalSession) => Promise<void> {
  return useCallback(
    async (session: TerminalSession) => {
      dispatch({ type: 'terminal/suspend' });
      await new Promise((r) => setTimeout(r, FLUSH_MS));
      leaveFullscreenForSession();
      try {
        await session({ stdin: process.stdin, stdout: process.stdout });
      } finally {
        // the session may have left stdin flowing or raw; ink takes it back from a paused, cooked stream
        if (process.stdin.isTTY && process.stdin.isRaw) process.stdin.setRawMode(false);
        process.stdin.pause();
        returnFromSession();
        dispatch({ type: 'terminal/resume' });
      }
    },
    [dispatch],
  );
}
