import { type Dispatch, useEffect, useRef } from 'react';
import type { EngineClient } from '../docker/types.js';
import type { Action } from '../store/actions.js';
import { type EngineSync, type SyncOptions, startEngineSync } from './engineSync.js';

/** Runs the engine sync for as long as the component is mounted. */
export function useEngineSync(
  client: EngineClient,
  dispatch: Dispatch<Action>,
  options?: SyncOptions,
): React.RefObject<EngineSync | undefined> {
  const sync = useRef<EngineSync | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: options are read once, at start
  useEffect(() => {
    sync.current = startEngineSync(client, dispatch, options);
    return () => sync.current?.stop();
  }, [client, dispatch]);
  return sync;
}
