// The engine's events, fanned out to whoever listens (log sessions resume on start, say so on destroy).
import type { EngineEvent } from '../docker/types.js';

export interface EventBus {
  emit(event: EngineEvent): void;
  subscribe(listener: (event: EngineEvent) => void): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<(event: EngineEvent) => void>();
  return {
    emit(event) {
      for (const l of listeners) l(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
