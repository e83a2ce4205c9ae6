// The System pane's facts, fetched only while the pane is shown: /info every few seconds, /system/df
// (expensive on a big engine) on entering the pane and then rarely.
import { useEffect } from 'react';
import { classifyError, describeError } from '../docker/errors.js';
import type { EngineClient } from '../docker/types.js';
import type { Action } from '../store/actions.js';

const INFO_MS = 5_000;
const DISK_MS = 60_000;

export function useSystemInfo(
  client: EngineClient,
  dispatch: (action: Action) => void,
  active: boolean,
): void {
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let lastDisk = 0;
    const load = async () => {
      try {
        const wantDisk = Date.now() - lastDisk > DISK_MS;
        const [info, disk] = await Promise.all([client.info(), wantDisk ? client.diskUsage() : undefined]);
        if (wantDisk) lastDisk = Date.now();
        if (!stopped) dispatch({ type: 'system/loaded', info, disk, at: Date.now() });
      } catch (error) {
        if (!stopped)
          dispatch({ type: 'system/failed', error: describeError(classifyError(error, client.endpoint)) });
      }
    };
    void load();
    const timer = setInterval(load, INFO_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [client, dispatch, active]);
}
