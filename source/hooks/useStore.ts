import { useCallback, useRef, useState } from 'react';
import type { Action } from '../store/actions.js';
import { reducer } from '../store/reducer.js';
import type { State } from '../store/state.js';

export interface Store {
  state: State;
  dispatch: (action: Action) => void;
  /** The state after every action dispatched so far, even before React re-renders. Keys typed faster
   *  than a frame (a paste, a burst over SSH) each see the state the previous key left. */
  getState: () => State;
}

export function useStore(init: () => State): Store {
  const [state, setState] = useState(init);
  const latest = useRef(state);
  const scheduled = useRef(false);
  const dispatch = useCallback((action: Action) => {
    const next = reducer(latest.current, action);
    // an action that changed nothing (a re-list that found the same containers) costs no render
    if (next === latest.current) return;
    latest.current = next;
    // Ink's legacy root renders once per setState outside React's own events, so the actions of one tick
    // (engine up + four lists at start, a key's two actions) become one render at the end of the tick.
    if (scheduled.current) return;
    scheduled.current = true;
    queueMicrotask(() => {
      scheduled.current = false;
      setState(latest.current);
    });
  }, []);
  const getState = useCallback(() => latest.current, []);
  return { state, dispatch, getState };
}
