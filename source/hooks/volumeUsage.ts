// Volume sizes come from /system/df, which walks every volume: fetched when the Volumes pane is shown (at
// most once a minute) or when asked for with u, never on a re-list.
import { useEffect, useRef } from 'react';
import { classifyError, describeError } from '../docker/errors.js';
import type { EngineClient } from '../docker/types.js';
import type { Action } from '../store/actions.js';

const STALE_MS = 60_000;
const inFlight = new WeakSet<EngineClient>();

/** Fetches the sizes; `report` says so in the status line (when the user asked). */
export async function loadVolumeUsage(
  client: EngineClient,
  dispatch: (action: Action) => void,
  report = false,
): Promise<void> {
  if (inFlight.has(client)) return;
  inFlight.add(client);
  if (report) dispatch({ type: 'status/set', status: { level: 'info', text: 'measuring volume sizes…' } });
  try {
    const usage = await client.volumeUsage();
    dispatch({ type: 'volumes/usage', sizes: usage.sizes, at: Date.now() });
    if (report) dispatch({ type: 'status/set', status: { level: 'info', text: 'volume sizes measured' } });
  } catch (error) {
    dispatch({
      type: 'status/set',
      status: {
        level: 'error',
        text: `measuring volume sizes failed: ${describeError(classifyError(error, client.endpoint))}`,
      },
    });
  } finally {
    inFlight.delete(client);
  }
}

export function useVolumeUsage(
  client: EngineClient,
  dispatch: (action: Action) => void,
  active: boolean,
  measuredAt: number | undefined,
): void {
  // read, not watched: a measurement landing must not start another
  const lastMeasured = useRef(measuredAt);
  lastMeasured.current = measuredAt;
  useEffect(() => {
    if (!active) return;
    const at = lastMeasured.current;
    if (at !== undefined && Date.now() - at < STALE_MS) return;
    void loadVolumeUsage(client, dispatch);
  }, [active, client, dispatch]);
}
