// Hands the terminal to another program (exec, attach, an interactive run) and takes it back.
// While suspended the app draws nothing and reads no keys, so ink lets go of stdin and raw mode (its
// useInput turns inactive: ink removes its 'readable' listener, turns raw mode off and unrefs stdin).
// Ink would still redraw on a resize, over the session's screen: its resize listeners are set aside
// for the session and given a resize afterwards. Then the alternate screen comes back and the whole
// frame is drawn anew, state intact.
import { useCallback } from 'react';
import type { Action } from '../store/actions.js';
import { leaveFullscreenForSession, returnFromSession } from '../terminal.js';
import type { TerminalSession } from './actionContext.js';

const FLUSH_MS = 80; // longer than a frame at maxFps 30, so the empty frame is out before we leave

type Listener = (...args: unknown[]) => void;

export function useTerminalHandover(
  dispatch: (action: Action) => void,
): (session: TerminalSession) => Promise<void> {
  return useCallback(
    async (session: TerminalSession) => {
      const { stdin, stdout } = process;
      dispatch({ type: 'terminal/suspend' });
      await new Promise((r) => setTimeout(r, FLUSH_MS));
      const resizeListeners = stdout.listeners('resize') as Listener[];
      for (const l of resizeListeners) stdout.off('resize', l);
      leaveFullscreenForSession();
      try {
        await session({ stdin, stdout });
      } finally {
        // the session may have left stdin flowing or raw; ink takes it back from a paused, cooked stream
        stdin.removeAllListeners('data');
        if (stdin.isTTY && stdin.isRaw) stdin.setRawMode(false);
        stdin.pause();
        for (const l of resizeListeners) stdout.on('resize', l);
        returnFromSession();
        dispatch({ type: 'terminal/resume' });
        // the terminal may have changed size meanwhile: everyone who listens gets the size now
        stdout.emit('resize');
      }
    },
    [dispatch],
  );
}
