// An engine operation with its progress on the rows ("stopping…") and its outcome in the status line.
import { classifyError, describeError } from '../docker/errors.js';
import type { ActionContext } from './actionContext.js';

export interface Task<T> {
  /** Rows that show `pending` while the task runs. */
  ids?: string[];
  /** Shown on those rows: "stopping…". */
  pending?: string;
  run: () => Promise<T>;
  /** The status line after success; none keeps the line as it was. */
  done?: (result: T) => string | undefined;
  /** What failed, for the status line: "stopping web-1". */
  what: string;
}

/** Runs one task; never throws: a failure is a readable status line. Resolves to whether it succeeded. */
export async function runTask<T>(ctx: ActionContext, task: Task<T>): Promise<boolean> {
  const ids = task.ids ?? [];
  if (task.pending && ids.length) ctx.dispatch({ type: 'pending/set', ids, text: task.pending });
  try {
    const result = await task.run();
    const text = task.done?.(result);
    if (text) ctx.dispatch({ type: 'status/set', status: { level: 'info', text } });
    return true;
  } catch (error) {
    const failure = classifyError(error, ctx.client.endpoint);
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'error', text: `${task.what} failed: ${describeError(failure)}` },
    });
    return false;
  } finally {
    if (task.pending && ids.length) ctx.dispatch({ type: 'pending/clear', ids });
  }
}

export interface BulkOutcome {
  succeeded: string[];
  failed: { id: string; label: string; reason: string }[];
}

/** Runs one operation over many resources (the marked rows), and reports how many succeeded and which failed. */
export async function runBulk(
  ctx: ActionContext,
  items: { id: string; label: string }[],
  verb: { pending: string; done: string; what: string },
  run: (id: string) => Promise<unknown>,
): Promise<BulkOutcome> {
  const ids = items.map((i) => i.id);
  ctx.dispatch({ type: 'pending/set', ids, text: verb.pending });
  const outcome: BulkOutcome = { succeeded: [], failed: [] };
  await Promise.all(
    items.map(async (item) => {
      try {
        await run(item.id);
        outcome.succeeded.push(item.id);
      } catch (error) {
        outcome.failed.push({ ...item, reason: describeError(classifyError(error, ctx.client.endpoint)) });
      } finally {
        ctx.dispatch({ type: 'pending/clear', ids: [item.id] });
      }
    }),
  );
  const total = items.length;
  if (outcome.failed.length === 0) {
    const text = total === 1 ? `${verb.done} ${items[0]!.label}` : `${verb.done} ${total} of ${total}`;
    ctx.dispatch({ type: 'status/set', status: { level: 'info', text } });
  } else {
    const reasons = outcome.failed.map((f) => `${f.label}: ${f.reason}`).join('; ');
    ctx.dispatch({
      type: 'status/set',
      status: {
        level: 'error',
        text: `${verb.what}: ${outcome.succeeded.length} of ${total} done; failed ${reasons}`,
      },
    });
  }
  return outcome;
}
