// The log sessions of open logs views, by the view's session number. The view (state) holds the number;
// the session (buffers, streams) lives here, outside React state, owned by useLogSession.
import type { LogSession } from './session.js';

const sessions = new Map<number, LogSession>();
const listeners = new Set<() => void>();
let nextSession = 1;

export const logSessions = {
  nextId: () => nextSession++,
  get: (id: number) => sessions.get(id),
  set(id: number, session: LogSession) {
    sessions.set(id, session);
    for (const l of listeners) l();
  },
  delete(id: number) {
    sessions.delete(id);
    for (const l of listeners) l();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
