// A shell in a container, attach, and a command run without a shell whose output fills a view.
import { classifyError, describeError } from '../docker/errors.js';
import type { Container } from '../docker/types.js';
import { shellWords } from '../input/shellWords.js';
import { inert } from '../render/sanitize.js';
import { promptDialog } from '../store/dialogs.js';
import type { DialogAnswer, Intent, IntentResult } from '../store/intents.js';
import { selectedContainer } from '../store/selectors.js';
import { type TextView, textView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import { say } from './containerTargets.js';

const DEFAULT_SHELLS = ['/bin/bash', '/bin/ash', '/bin/sh'];

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

export async function openShell(ctx: ActionContext): Promise<void> {
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

export async function attach(ctx: ActionContext): Promise<void> {
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

export function askCommand(ctx: ActionContext): void {
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
