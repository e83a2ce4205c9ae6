// The engine's event stream: newline-delimited JSON → EngineEvent.
import type { EngineEvent } from './types.js';

export interface RawEvent {
  Type?: string;
  Action?: string;
  status?: string;
  id?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  time?: number;
  timeNano?: number;
}

export function toEngineEvent(raw: RawEvent): EngineEvent {
  const attributes = raw.Actor?.Attributes ?? {};
  return {
    type: raw.Type ?? 'unknown',
    action: raw.Action ?? raw.status ?? '',
    id: raw.Actor?.ID ?? raw.id ?? '',
    name: attributes.name,
    timeNano: raw.timeNano ?? (raw.time ?? 0) * 1e9,
    attributes,
  };
}

/** Splits a byte stream into lines, across chunk boundaries. */
export function lineSplitter(onLine: (line: string) => void): (chunk: Buffer | string) => void {
  let rest = '';
  return (chunk) => {
    const text = rest + chunk.toString();
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onLine(line);
  };
}
