// Engine events → the Events pane, batched: a burst of events is one state change, not one each.
import { useCallback, useEffect, useRef } from 'react';
import type { EngineEvent } from '../docker/types.js';
import type { Action } from '../store/actions.js';

const FLUSH_MS = 100;

export function useEventLog(dispatch: (action: Action) => void): (event: EngineEvent) => void {
  const queue = useRef<EngineEvent[]>([]);
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useCallback(
    (event: EngineEvent) => {
      queue.current.push(event);
      timer.current ??= setTimeout(() => {
        timer.current = undefined;
        const events = queue.current;
        queue.current = [];
        dispatch({ type: 'events/append', events });
      }, FLUSH_MS);
    },
    [dispatch],
  );
}
