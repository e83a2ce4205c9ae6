// What an action on a list applies to: the marked rows, or else the selected one.

import { classifyError, describeError, type EngineError } from '../docker/errors.js';
import type { Container } from '../docker/types.js';
import { withErrors } from '../input/dialogKeys.js';
import type { Dialog } from '../store/dialogs.js';
import type { PaneId } from '../store/state.js';
import type { ActionContext } from './actionContext.js';

export function markedOrSelected<T>(
  ctx: ActionContext,
  pane: PaneId,
  all: readonly T[],
  key: (item: T) => string,
  selected: T | undefined,
): T[] {
  const marked = ctx.getState().marked[pane];
  if (marked.length) return all.filter((item) => marked.includes(key(item)));
  return selected ? [selected] : [];
}

/** "web-1 (running), old (exited)". */
export function containerNames(containers: readonly Container[]): string {
  return containers.map((c) => `${c.name} (${c.state})`).join(', ');
}

/** "a, b, c and 4 more". */
export function someNames(names: readonly string[], max = 6): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** An engine error with our own words, still classified by its status code. */
export function explained(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

/**
 * A create failed after the form closed: say so, and open the form again with everything typed and the
 * engine's words on it (on the name when the name was the trouble).
 */
export function reopenForm(
  ctx: ActionContext,
  dialog: Dialog | undefined,
  what: string,
  error: unknown,
): EngineError {
  const failure = classifyError(error, ctx.client.endpoint);
  const text = describeError(failure);
  ctx.dispatch({ type: 'status/set', status: { level: 'error', text: `${what} failed: ${text}` } });
  if (dialog?.kind === 'form' && !ctx.getState().dialog) {
    const nameTaken = failure.kind === 'conflict' || /already exists/i.test(failure.message);
    ctx.dispatch({
      type: 'dialog/open',
      dialog: withErrors(dialog, nameTaken ? undefined : text, nameTaken ? { name: text } : {}),
    });
  }
  return failure;
}
