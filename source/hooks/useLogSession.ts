// Log sessions' lifetimes. A logs view's session lives as long as the view is on the stack (LogSessionHost,
// mounted by App for each logs view, so help or a dialog on top keeps the buffers); the preview's session
// lives while the preview is shown, and follows the selection (after a short pause, so holding j does not
// open a stream per row). Every stream is closed on cleanup.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLogsEnv } from '../logs/context.js';
import { logSessions } from '../logs/registry.js';
import { LogSession } from '../logs/session.js';
import type { LogsView } from '../store/views.js';

export function useLogSessionHost(view: LogsView): void {
  const env = useLogsEnv();
  // biome-ignore lint/correctness/useExhaustiveDependencies: one session per view, for the view's life
  useEffect(() => {
    const session = new LogSession(env.client, view.targets, {
      capacity: env.capacity,
      window: view.window,
      bus: env.bus,
    });
    logSessions.set(view.session, session);
    session.start();
    return () => {
      session.stop();
      logSessions.delete(view.session);
    };
  }, [view.session, env]);
  useEffect(() => {
    logSessions.get(view.session)?.setWindow(view.window);
  }, [view.session, view.window]);
}

const noop = () => () => undefined;

/** The session of a view, and a version that changes (at most ~20 times a second) with its lines. */
export function useViewSession(id: number): { session?: LogSession; version: number } {
  const session = useSyncExternalStore(logSessions.subscribe, () => logSessions.get(id));
  const version = useSyncExternalStore(session?.subscribe ?? noop, session?.getVersion ?? (() => 0));
  return { session, version };
}

/** A session for one container while mounted, following `id` after it settles for `delayMs`. */
export function usePreviewSession(
  id: string | undefined,
  delayMs = 150,
): { session?: LogSession; version: number } {
  const env = useLogsEnv();
  const [session, setSession] = useState<LogSession | undefined>(undefined);
  useEffect(() => {
    if (!id) {
      setSession(undefined);
      return;
    }
    let current: LogSession | undefined;
    const timer = setTimeout(() => {
      current = new LogSession(env.client, [id], { capacity: Math.min(env.capacity, 1000), bus: env.bus });
      current.start();
      setSession(current);
    }, delayMs);
    return () => {
      clearTimeout(timer);
      current?.stop();
    };
  }, [id, env, delayMs]);
  const live = session && session.sources[0]?.target === id ? session : undefined;
  const version = useSyncExternalStore(live?.subscribe ?? noop, live?.getVersion ?? (() => 0));
  return { session: live, version };
}
