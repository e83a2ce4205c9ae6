// One classifier for everything the engine or the connection to it can throw, in words a user can act on.
import { DEADLINE_CODE } from './deadline.js';

export type EngineErrorKind =
  | 'daemon-down'
  | 'permission'
  | 'not-found'
  | 'conflict'
  | 'not-modified'
  | 'bad-request'
  | 'timeout'
  | 'unknown';

export interface EngineError {
  kind: EngineErrorKind;
  /** What failed and why, in one line. */
  message: string;
  /** What to do about it, when there is something. */
  hint?: string;
}

interface ErrorLike {
  code?: string;
  statusCode?: number;
  message?: string;
  json?: { message?: string } | null;
  reason?: string;
}

function engineMessage(err: ErrorLike): string {
  const fromJson = err.json && typeof err.json === 'object' ? err.json.message : undefined;
  // String() only for primitives: an object without a message would read "[object Object]"
  let text = fromJson || err.message || (typeof err === 'object' ? '' : String(err));
  // docker-modem prefixes "(HTTP code 409) unexpected - " before the engine's own words
  text = text.replace(/^\(HTTP code \d+\)\s*[\w ]*-\s*/, '');
  return text.trim();
}

export function classifyError(error: unknown, endpoint?: string): EngineError {
  const err = (error ?? {}) as ErrorLike;
  const where = endpoint ? ` at ${endpoint}` : '';
  switch (err.code) {
    case 'ENOENT':
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EPIPE':
    case 'EHOSTUNREACH':
    case 'ENOTFOUND':
      return {
        kind: 'daemon-down',
        message: `cannot reach the engine${where} (${err.code})`,
        hint: 'is dockerd running? start it, or point berth elsewhere with --host or DOCKER_HOST',
      };
    case 'EACCES':
      return {
        kind: 'permission',
        message: `no permission to use the engine's socket${where}`,
        hint: 'add yourself to the docker group, or run berth as a user who may use the socket',
      };
    case DEADLINE_CODE:
      return {
        kind: 'timeout',
        message: `${err.message}${where}`,
        hint: 'is it overloaded, or stuck? if the docker CLI hangs on the same list, restart dockerd',
      };
    case 'ETIMEDOUT':
      return {
        kind: 'timeout',
        message: `the engine${where} did not answer in time`,
        hint: 'is it overloaded?',
      };
  }
  const message = engineMessage(err);
  switch (err.statusCode) {
    case 304:
      return { kind: 'not-modified', message: message || 'nothing to do: already in that state' };
    case 400:
      return { kind: 'bad-request', message };
    case 403:
      return { kind: 'permission', message };
    case 404:
      return { kind: 'not-found', message };
    case 409:
      return { kind: 'conflict', message };
  }
  return { kind: 'unknown', message: message || 'unknown error' };
}

export function describeError(error: EngineError): string {
  return error.hint ? `${error.message} — ${error.hint}` : error.message;
}
