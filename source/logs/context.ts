// What log sessions need from the app: the engine, its events, the ring size. Provided by App.
import { createContext, useContext } from 'react';
import type { EngineClient } from '../docker/types.js';
import type { EventBus } from './eventBus.js';

export interface LogsEnv {
  client: EngineClient;
  bus: EventBus;
  /** Lines kept per container. */
  capacity: number;
}

export const LogsContext = createContext<LogsEnv | undefined>(undefined);

export function useLogsEnv(): LogsEnv {
  const env = useContext(LogsContext);
  if (!env) throw new Error('LogsContext is missing: App provides it');
  return env;
}
