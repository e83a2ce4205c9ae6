// A pull or push with its progress on screen: opens a progress view, feeds it at most ten times a second,
// reports the outcome in the status line. esc in the view cancels it (see viewHandlers.ts).
import { classifyError, describeError } from '../docker/errors.js';
import { applyProgress, emptyProgress, type Progress, type ProgressEvent } from '../docker/progress.js';
import { PullCancelled } from '../docker/pull.js';
import type { RegistryAuth } from '../docker/types.js';
import type { ProgressView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';

const running = new Map<number, AbortController>();
let nextId = 1;

/** Cancels the pull (or push) shown in a progress view, if it still runs. */
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

export interface ProgressTask {
  /** The view's title: "pull busybox:latest". */
  title: string;
  /** For the status line: "pulling busybox:latest" (… failed: why), and the line on success. */
  what: string;
  done: string;
  run: (onProgress: (event: ProgressEvent) => void, signal: AbortSignal) => Promise<void>;
}

/** Runs a task that reports the engine's progress stream; resolves to whether it succeeded. Never throws. */
export async function progressTask(ctx: ActionContext, task: ProgressTask): Promise<boolean> {
  const id = nextId++;
  const controller = new AbortController();
  running.set(id, controller);
  let progress: Progress = emptyProgress();
  let view: ProgressView = { kind: 'progress', id, title: task.title, progress, startedAt: Date.now() };
  ctx.dispatch({ type: 'view/push', view });
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    view = { ...view, progress };
    ctx.dispatch({ type: 'view/replaceById', view });
  };
  try {
    await task.run((event) => {
      progress = applyProgress(progress, event);
      timer ??= setTimeout(flush, FLUSH_MS);
    }, controller.signal);
    progress = { ...progress, done: true };
    ctx.dispatch({ type: 'status/set', status: { level: 'info', text: task.done } });
    return true;
  } catch (error) {
    const cancelled = error instanceof PullCancelled;
    const reason = cancelled ? 'cancelled' : describeError(classifyError(error, ctx.client.endpoint));
    progress = { ...progress, done: true, error: progress.error ?? reason };
    view = { ...view, cancelled };
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'error', text: `${task.what} failed: ${reason}` },
    });
    return false;
  } finally {
    clearTimeout(timer);
    running.delete(id);
    view = { ...view, progress, finishedAt: Date.now() };
    ctx.dispatch({ type: 'view/replaceById', view });
  }
}

/** Pulls `ref`, showing progress; resolves to whether the image is now there. Never throws. */
export async function pullWithProgress(
  ctx: ActionContext,
  ref: string,
  auth?: RegistryAuth,
): Promise<boolean> {
  const ok = await progressTask(ctx, {
    title: `pull ${ref}`,
    what: `pulling ${ref}`,
    done: `pulled ${ref}`,
    run: (onProgress, signal) => ctx.client.pull(ref, onProgress, { auth, signal }),
  });
  if (ok) ctx.refresh('image');
  return ok;
}

/** Pushes `ref`, showing progress; resolves to whether the registry has it now. Never throws. */
export function pushWithProgress(ctx: ActionContext, ref: string, auth?: RegistryAuth): Promise<boolean> {
  return progressTask(ctx, {
    title: `push ${ref}`,
    what: `pushing ${ref}`,
    done: `pushed ${ref}`,
    run: (onProgress, signal) => ctx.client.push(ref, onProgress, { auth, signal }),
  });
}
