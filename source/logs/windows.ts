// The time windows of the logs view: which lines the engine sends when a stream opens.
import type { LogStreamOptions } from '../docker/types.js';

export type LogWindow = 'tail' | 'all' | '1m' | '5m' | '15m' | '30m' | '1h';

export const TAIL_LINES = 200;

export const WINDOWS: Record<LogWindow, { label: string; seconds?: number }> = {
  tail: { label: `last ${TAIL_LINES}` },
  all: { label: 'all' },
  '1m': { label: 'since 1m', seconds: 60 },
  '5m': { label: 'since 5m', seconds: 300 },
  '15m': { label: 'since 15m', seconds: 900 },
  '30m': { label: 'since 30m', seconds: 1800 },
  '1h': { label: 'since 1h', seconds: 3600 },
};

/** Number keys in the logs view. */
export const WINDOW_KEYS: Record<string, LogWindow> = {
  '0': 'tail',
  '1': 'all',
  '2': '1m',
  '3': '5m',
  '4': '15m',
  '5': '30m',
  '6': '1h',
};

export function windowOptions(window: LogWindow, now = Date.now()): LogStreamOptions {
  if (window === 'tail') return { tail: TAIL_LINES };
  const seconds = WINDOWS[window].seconds;
  return seconds ? { since: (now / 1000 - seconds).toFixed(3) } : {};
}
