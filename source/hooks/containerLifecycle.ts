// Start, stop, restart, pause, kill, remove: on the marked containers or the selected one, kill and remove
// after a question. The event stream brings the new state afterwards.
import { classifyError } from '../docker/errors.js';
import type { ContainerAction } from '../docker/types.js';
import type { DialogAnswer, Intent, IntentResult } from '../store/intents.js';
import type { ActionContext } from './actionContext.js';
import { isUp, nameOf, say, targetItems, targets } from './containerTargets.js';
import { runBulk, runTask } from './runTask.js';

interface Verb {
  pending: string;
  done: string;
  /** "start": for "start: 2 of 3 done; failed …" and "starting web-1 failed: …". */
  what: string;
  ing: string;
  /** When the engine says it was already so. */
  already: string;
}

const VERBS: Record<ContainerAction, Verb> = {
  start: {
    pending: 'starting…',
    done: 'started',
    what: 'start',
    ing: 'starting',
    already: 'already running',
  },
  stop: { pending: 'stopping…', done: 'stopped', what: 'stop', ing: 'stopping', already: 'already stopped' },
  restart: {
    pending: 'restarting…',
    done: 'restarted',
    what: 'restart',
    ing: 'restarting',
    already: 'restarted',
  },
  pause: { pending: 'pausing…', done: 'paused', what: 'pause', ing: 'pausing', already: 'already paused' },
  unpause: {
    pending: 'unpausing…',
    done: 'unpaused',
    what: 'unpause',
    ing: 'unpausing',
    already: 'not paused',
  },
  kill: { pending: 'killing…', done: 'killed', what: 'kill', ing: 'killing', already: 'not running' },
};

/** Runs one operation on the given items: one as a task, several as a bulk with its "N of M" report. */
async function apply(
  ctx: ActionContext,
  items: { id: string; label: string }[],
  verb: Omit<Verb, 'already'> & { already?: string },
  run: (id: string) => Promise<unknown>,
): Promise<void> {
  if (items.length === 0) {
    say(ctx, 'no container selected', 'error');
    return;
  }
  if (items.length === 1) {
    const item = items[0]!;
    await runTask(ctx, {
      ids: [item.id],
      pending: verb.pending,
      what: `${verb.ing} ${item.label}`,
      run: () => run(item.id),
      done: (changed) =>
        changed === false && verb.already ? `${item.label}: ${verb.already}` : `${verb.done} ${item.label}`,
    });
  } else {
    await runBulk(ctx, items, verb, run);
  }
  ctx.refresh('container');
}

export function lifecycle(action: ContainerAction) {
  return (ctx: ActionContext) =>
    apply(ctx, targetItems(ctx.getState()), VERBS[action], (id) => ctx.client.containerAction(id, action));
}

/** p: pauses, or unpauses when every target is paused already. */
export async function pauseToggle(ctx: ActionContext): Promise<void> {
  const state = ctx.getState();
  const list = targets(state);
  const allPaused = list.length > 0 && list.every((c) => c.state === 'paused');
  const action: ContainerAction = allPaused ? 'unpause' : 'pause';
  // pausing a mixed set leaves the paused ones as they are
  const items = targetItems(state).filter(
    (i) => allPaused || state.containers.find((c) => c.id === i.id)?.state !== 'paused',
  );
  await apply(ctx, items, VERBS[action], (id) => ctx.client.containerAction(id, action));
}

function describeTargets(list: { label: string }[]): string {
  if (list.length === 1) return list[0]!.label;
  return `${list.length} containers`;
}

function listNames(list: { label: string }[]): string[] {
  if (list.length === 1) return [];
  const shown = list.slice(0, 5).map((i) => `  ${i.label}`);
  if (list.length > 5) shown.push(`  … and ${list.length - 5} more`);
  return shown;
}

export function askKill(ctx: ActionContext): void {
  const items = targetItems(ctx.getState());
  if (items.length === 0) {
    say(ctx, 'no container selected', 'error');
    return;
  }
  ctx.dispatch({
    type: 'dialog/open',
    dialog: {
      kind: 'confirm',
      title: `Kill ${describeTargets(items)}?`,
      message: ['SIGKILL ends the main process at once, with no chance to clean up:', ...listNames(items)],
      danger: true,
      intent: { type: 'container/kill', ids: items.map((i) => i.id) },
    },
  });
}

export function askRemove(ctx: ActionContext): void {
  const state = ctx.getState();
  const items = targetItems(state);
  if (items.length === 0) {
    say(ctx, 'no container selected', 'error');
    return;
  }
  const running = targets(state).filter(isUp);
  const force = running.length > 0;
  const runningText =
    running.length === 1 && items.length === 1
      ? `${running[0]!.name} is ${running[0]!.state}: force stops it and removes it.`
      : `${running.length} of them are running: force stops them and removes them.`;
  ctx.dispatch({
    type: 'dialog/open',
    dialog: {
      kind: 'confirm',
      title: force ? `Force-remove ${describeTargets(items)}?` : `Remove ${describeTargets(items)}?`,
      message: [...(force ? [runningText] : []), ...listNames(items)],
      options: [{ id: 'volumes', key: 'v', label: 'also remove anonymous volumes', value: false }],
      danger: true,
      intent: { type: 'container/remove', ids: items.map((i) => i.id), force },
    },
  });
}

export function removeIntent(
  intent: Extract<Intent, { type: 'container/remove' }>,
  answer: DialogAnswer,
  ctx: ActionContext,
): IntentResult {
  const state = ctx.getState();
  const items = intent.ids.map((id) => ({ id, label: nameOf(state, id) }));
  const volumes = answer.options.volumes ?? false;
  void apply(
    ctx,
    items,
    { pending: 'removing…', done: 'removed', what: 'remove', ing: 'removing' },
    async (id) => {
      try {
        await ctx.client.removeContainer(id, { force: intent.force, volumes });
      } catch (error) {
        const failure = classifyError(error);
        // it started since the question was asked: the answer did not cover force
        if (failure.kind === 'conflict' && /running|paused/i.test(failure.message))
          throw new Error('cannot remove a running container — press d again and confirm force');
        throw error;
      }
    },
  );
  return undefined;
}

export function killIntent(
  intent: Extract<Intent, { type: 'container/kill' }>,
  _answer: DialogAnswer,
  ctx: ActionContext,
): IntentResult {
  const state = ctx.getState();
  const items = intent.ids.map((id) => ({ id, label: nameOf(state, id) }));
  void apply(ctx, items, VERBS.kill, (id) => ctx.client.containerAction(id, 'kill'));
  return undefined;
}
