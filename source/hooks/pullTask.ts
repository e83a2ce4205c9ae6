// A pull with its progress on screen: opens a progress view, feeds it at most ten times a second,
// reports the outcome in the status line. esc in the view cancels it (see viewHandlers.ts).
import { classifyError, describeError } from '../docker/errors.js';
import { applyProgress, emptyProgress, type Progress } from '../docker/progress.js';
import { PullCancelled } from '../docker/pull.js';
import type { RegistryAuth } from '../docker/types.js';
import type { ProgressView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';

const running = new Map<number, AbortController>();
let nextId = 1;

/** Cancels the pull shown in a progress view, if it still runs. */
export function cancelPull(id: number): boolean {
  const controller = running.get(id);
  if (!controller) return false;
  controller.abort();
  return true;
}

export function isPulling(id: number): boolean {
  return running.has(id);
}

const FLUSH_MS = 100;

/** Pulls `ref`, showing progress; resolves to whether the image is now there. Never throws. */
export async function pullWithProgress(
  ctx: ActionContext,
  ref: string,
  auth?: RegistryAuth,
): Promise<boolean> {
  const id = nextId++;
  const controller = new AbortController();
  running.set(id, controller);
  let progress: Progress = emptyProgress();
  let view: ProgressView = { kind: 'progress', id, title: `pull ${ref}`, progress, startedAt: Date.now() };
  ctx.dispatch({ type: 'view/push', view });
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    view = { ...view, progress };
    ctx.dispatch({ type: 'view/replaceById', view });
  };
  try {
    await ctx.client.pull(
      ref,
      (event) => {
        progress = applyProgress(progress, event);
        timer ??= setTimeout(flush, FLUSH_MS);
      },
      { auth, signal: controller.signal },
    );
    progress = { ...progress, done: true };
    ctx.dispatch({ type: 'status/set', status: { level: 'info', text: `pulled ${ref}` } });
    ctx.refresh('image');
    return true;
  } catch (error) {
    const cancelled = error instanceof PullCancelled;
    const reason = cancelled ? 'cancelled' : describeError(classifyError(error, ctx.client.endpoint));
    progress = { ...progress, done: true, error: progress.error ?? reason };
    view = { ...view, cancelled };
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'error', text: `pulling ${ref} failed: ${reason}` },
    });
    return false;
  } finally {
    clearTimeout(timer);
    running.delete(id);
    view = { ...view, progress, finishedAt: Date.now() };
    ctx.dispatch({ type: 'view/replaceById', view });
  }
}
