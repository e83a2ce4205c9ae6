// The container commands: start, stop, restart, pause, kill, remove (on the selected container or every
// marked one), a shell, a command, attach and inspect. The event stream brings the new state afterwards.
import { classifyError, describeError } from '../docker/errors.js';
import type { Container, ContainerAction } from '../docker/types.js';
import { shellWords } from '../input/shellWords.js';
import type { Command } from '../keymap.js';
import { documentLines, envLines } from '../render/inspectLines.js';
import { inert } from '../render/sanitize.js';
import { promptDialog } from '../store/dialogs.js';
import type { DialogAnswer, Intent, IntentResult } from '../store/intents.js';
import { selectedContainer } from '../store/selectors.js';
import type { State } from '../store/state.js';
import { type InspectView, type TextView, textView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import { runBulk, runTask } from './runTask.js';

const DEFAULT_SHELLS = ['/bin/bash', '/bin/ash', '/bin/sh'];

const isUp = (c: Container) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting';

/** What an action applies to: every marked container (in list order), else the selected one. */
export function targets(state: State): Container[] {
  const marked = state.marked.containers;
  if (marked.length) {
    const set = new Set(marked);
    return state.containers.filter((c) => set.has(c.id));
  }
  const selected = selectedContainer(state);
  return selected ? [selected] : [];
}

/** Marked ids whose container is gone (removed meanwhile) still count, by id, so a bulk action reports them. */
function targetItems(state: State): { id: string; label: string }[] {
  const marked = state.marked.containers;
  if (!marked.length) return targets(state).map((c) => ({ id: c.id, label: c.name }));
  const byId = new Map(state.containers.map((c) => [c.id, c]));
  return marked.map((id) => ({ id, label: byId.get(id)?.name ?? id.slice(0, 12) }));
}

function say(ctx: ActionContext, text: string, level: 'info' | 'error' = 'info'): void {
  ctx.dispatch({ type: 'status/set', status: { level, text } });
}

const nameOf = (state: State, id: string) =>
  state.containers.find((c) => c.id === id)?.name ?? id.slice(0, 12);

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

function lifecycle(action: ContainerAction) {
  return (ctx: ActionContext) =>
    apply(ctx, targetItems(ctx.getState()), VERBS[action], (id) => ctx.client.containerAction(id, action));
}

/** p: pauses, or unpauses when every target is paused already. */
async function pauseToggle(ctx: ActionContext): Promise<void> {
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

function askKill(ctx: ActionContext): void {
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

function askRemove(ctx: ActionContext): void {
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

/** The one container a terminal session or a view is about: the selected one, running. */
function runningSelection(ctx: ActionContext, purpose: string): Container | undefined {
  const container = selectedContainer(ctx.getState());
  if (!container) {
    say(ctx, 'no container selected', 'error');
    return undefined;
  }
  if (container.state === 'paused') {
    say(ctx, `${container.name} is paused: p unpauses it, then ${purpose}`, 'error');
    return undefined;
  }
  if (container.state !== 'running') {
    say(
      ctx,
      `${container.name} is ${container.state}: ${purpose} needs a running container — s starts it`,
      'error',
    );
    return undefined;
  }
  return container;
}

/** The shells to look for: BERTH_SHELL first (a path, with arguments if you like), then the usual ones. */
export function shellCandidates(env: string | undefined = process.env.BERTH_SHELL): string[][] {
  const out: string[][] = [];
  if (env?.trim()) {
    const split = shellWords(env);
    if ('words' in split && split.words.length) out.push(split.words);
  }
  for (const shell of DEFAULT_SHELLS) if (!out.some((argv) => argv[0] === shell)) out.push([shell]);
  return out;
}

async function openShell(ctx: ActionContext): Promise<void> {
  const container = runningSelection(ctx, 'a shell');
  if (!container) return;
  const candidates = shellCandidates();
  let argv: string[] | undefined;
  try {
    const absolute = candidates.filter((a) => a[0]!.startsWith('/'));
    const found = await ctx.client.findShell(
      container.id,
      absolute.map((a) => a[0]!),
    );
    // a BERTH_SHELL that is not a path (zsh) cannot be looked for: it is tried as it is
    argv = candidates[0]![0]!.startsWith('/') ? absolute.find((a) => a[0] === found) : candidates[0];
  } catch (error) {
    say(
      ctx,
      `looking for a shell in ${container.name} failed: ${describeError(classifyError(error))}`,
      'error',
    );
    return;
  }
  if (!argv) {
    say(
      ctx,
      `no shell in ${container.name} (looked for ${candidates.map((a) => a[0]).join(', ')}) — set BERTH_SHELL, or ! runs a command`,
      'error',
    );
    return;
  }
  const shell = argv.join(' ');
  let outcome: { code?: number; error?: unknown } = {};
  await ctx.handOverTerminal(async (io) => {
    io.stdout.write(`berth: ${shell} in ${inert(container.name)} — exit (or ctrl-d) comes back to berth\r\n`);
    try {
      outcome = { code: await ctx.client.execInteractive(container.id, argv!, io) };
    } catch (error) {
      outcome = { error };
    }
  });
  if (outcome.error !== undefined)
    say(ctx, `shell in ${container.name} failed: ${describeError(classifyError(outcome.error))}`, 'error');
  else
    say(
      ctx,
      `left ${shell} in ${container.name}${outcome.code !== undefined ? ` (exit ${outcome.code})` : ''}`,
    );
}

async function attach(ctx: ActionContext): Promise<void> {
  const container = runningSelection(ctx, 'attach');
  if (!container) return;
  let tty: boolean;
  try {
    tty = (await ctx.client.inspectContainer(container.id)).tty;
  } catch (error) {
    say(ctx, `attaching to ${container.name} failed: ${describeError(classifyError(error))}`, 'error');
    return;
  }
  const ctrlC = tty
    ? 'ctrl-c goes to the process (it may stop it), as with docker attach'
    : 'ctrl-c detaches too (no TTY: nothing is sent to the process)';
  say(ctx, `attached to ${container.name}: ctrl-p ctrl-q detaches and leaves it running; ${ctrlC}`);
  let outcome: { how?: 'detached' | 'ended'; error?: unknown } = {};
  await ctx.handOverTerminal(async (io) => {
    io.stdout.write(
      `berth: attached to the main process of ${inert(container.name)}.\r\n` +
        `berth: ctrl-p ctrl-q detaches and leaves it running; ${ctrlC}.\r\n`,
    );
    try {
      outcome = { how: await ctx.client.attachContainer(container.id, io, { tty }) };
    } catch (error) {
      outcome = { error };
    }
  });
  if (outcome.error !== undefined)
    say(
      ctx,
      `attaching to ${container.name} failed: ${describeError(classifyError(outcome.error))}`,
      'error',
    );
  else if (outcome.how === 'detached') say(ctx, `detached from ${container.name}; it is still running`);
  else say(ctx, `${container.name}'s main process ended`);
}

function askCommand(ctx: ActionContext): void {
  const container = runningSelection(ctx, 'a command');
  if (!container) return;
  ctx.dispatch({
    type: 'dialog/open',
    dialog: promptDialog(
      `Run a command in ${container.name}`,
      {
        id: 'command',
        label: 'command',
        hint: 'split into words as a shell would (quotes, \\), but never run through a shell',
        placeholder: 'ls -l /',
      },
      { type: 'container/exec', id: container.id, name: container.name },
    ),
  });
}

/** Splits streamed output into lines across chunks (a trailing \r of a CRLF dropped). */
function appendOutput(lines: string[], partial: string, text: string): { lines: string[]; partial: string } {
  const parts = (partial + text).split('\n');
  const rest = parts.pop() ?? '';
  return { lines: [...lines, ...parts.map((l) => l.replace(/\r$/, ''))], partial: rest };
}

const OUTPUT_FLUSH_MS = 50;

export function execIntent(
  intent: Extract<Intent, { type: 'container/exec' }>,
  answer: DialogAnswer,
  ctx: ActionContext,
): IntentResult {
  const line = answer.values.command ?? '';
  const split = shellWords(line);
  if ('error' in split) return { fieldErrors: { command: split.error } };
  if (split.words.length === 0) return { fieldErrors: { command: 'type a command to run' } };
  const argv = split.words;
  const title = `${line.trim()} · ${intent.name}`;
  ctx.dispatch({ type: 'dialog/close' });
  // the view is replaced by every scroll and search: it is ours while its place in the stack holds it
  const at = ctx.getState().views.length;
  ctx.dispatch({ type: 'view/push', view: textView(title, [], true) });
  let lines: string[] = [];
  let partial = '';
  let timer: NodeJS.Timeout | undefined;
  let handle: { cancel(): void } | undefined;
  let closed = false;

  /** Changes the view when it is on top; once it is closed, stops reading the output. */
  const show = (change: (view: TextView) => TextView) => {
    const views = ctx.getState().views;
    const view = views[at];
    if (view?.kind !== 'text' || view.title !== title) {
      closed = true;
      handle?.cancel();
      return;
    }
    // a view opened over it: it catches up with the next output
    if (views.length - 1 === at) ctx.dispatch({ type: 'view/update', view: change(view) });
  };
  const flush = () => {
    timer = undefined;
    show((view) => {
      // keep following the end, unless the user scrolled up
      const following = view.top + ctx.viewHeight >= view.lines.length;
      const top = following ? Math.max(0, lines.length - ctx.viewHeight) : view.top;
      return { ...view, lines: [...lines], top };
    });
  };
  void (async () => {
    try {
      const exec = await ctx.client.execCommand(intent.id, argv, (text) => {
        ({ lines, partial } = appendOutput(lines, partial, text));
        if (!timer && !closed) timer = setTimeout(flush, OUTPUT_FLUSH_MS);
      });
      handle = exec;
      if (closed) exec.cancel();
      const code = await exec.done;
      clearTimeout(timer);
      if (partial) lines.push(partial.replace(/\r$/, ''));
      const ending = code === undefined ? '— ended' : `— exited with code ${code}`;
      lines.push(ending);
      flush();
      show((view) => ({ ...view, live: false }));
    } catch (error) {
      clearTimeout(timer);
      const failure = describeError(classifyError(error));
      lines.push(`— failed: ${failure}`);
      flush();
      show((view) => ({ ...view, live: false }));
      say(ctx, `running ${argv[0]} in ${intent.name} failed: ${failure}`, 'error');
    }
  })();
  return undefined;
}

async function inspect(ctx: ActionContext): Promise<void> {
  const container = selectedContainer(ctx.getState());
  if (!container) return say(ctx, 'no container selected', 'error');
  try {
    const details = await ctx.client.inspectContainer(container.id);
    const tabs = {
      inspect: documentLines(details.raw),
      env: envLines(details.env),
      top: [details.running ? 'reading the processes…' : `${details.name} is not running: no processes`],
    };
    const view: InspectView = {
      kind: 'inspect',
      containerId: details.id,
      name: details.name,
      tab: 'inspect',
      tabs,
      lines: tabs.inspect,
      top: 0,
      search: '',
      searching: false,
    };
    ctx.dispatch({ type: 'view/push', view });
  } catch (error) {
    say(ctx, `inspecting ${container.name} failed: ${describeError(classifyError(error))}`, 'error');
  }
}

export const CONTAINER_COMMANDS: Partial<Record<Command, (ctx: ActionContext) => void | Promise<void>>> = {
  'container.start': lifecycle('start'),
  'container.stop': lifecycle('stop'),
  'container.restart': lifecycle('restart'),
  'container.pause': pauseToggle,
  'container.kill': askKill,
  'container.remove': askRemove,
  'container.shell': openShell,
  'container.exec': askCommand,
  'container.attach': attach,
  'container.inspect': inspect,
};
