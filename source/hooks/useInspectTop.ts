// While the inspect view's Top tab is shown: the container's processes from the engine's top API, now and
// every 2 s. The timer stops when the tab or the view goes away.
import { useEffect } from 'react';
import { classifyError } from '../docker/errors.js';
import type { EngineClient } from '../docker/types.js';
import { processLines } from '../render/inspectLines.js';
import type { Action } from '../store/actions.js';
import type { State } from '../store/state.js';
import type { View } from '../store/views.js';

export const TOP_REFRESH_MS = 2000;

export function useInspectTop(
  client: EngineClient,
  getState: () => State,
  dispatch: (action: Action) => void,
  view: View | undefined,
): void {
  const id = view?.kind === 'inspect' && view.tab === 'top' ? view.containerId : undefined;
  useEffect(() => {
    if (!id) return;
    let stopped = false;
    let inFlight = false;
    const show = (lines: string[] | undefined, topError: string | undefined) => {
      const views = getState().views;
      const top = views[views.length - 1];
      if (stopped || top?.kind !== 'inspect' || top.containerId !== id) return;
      const tabLines = lines ?? top.tabs.top;
      dispatch({
        type: 'view/update',
        view: {
          ...top,
          tabs: { ...top.tabs, top: tabLines },
          lines: top.tab === 'top' ? tabLines : top.lines,
          topError,
        },
      });
    };
    const load = async () => {
      if (inFlight) return;
      inFlight = true;
      try {
        show(processLines(await client.containerTop(id)), undefined);
      } catch (error) {
        const failure = classifyError(error, client.endpoint);
        show(
          failure.kind === 'conflict' ? ['the container is not running: no processes'] : undefined,
          failure.message,
        );
      } finally {
        inFlight = false;
      }
    };
    void load();
    const timer = setInterval(load, TOP_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, client, getState, dispatch]);
}
