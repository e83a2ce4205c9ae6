// Running a container from berth: the run dialog (n), duplicate (D), `:run …` with docker-run syntax, and
// the run itself — pull when missing (with progress), create, then start and select it (detached), or hand
// the terminal to it (interactive / attached) and come back when it exits.

import type { AttachOutcome } from '../docker/attach.js';
import { classifyError, describeError } from '../docker/errors.js';
import { extrasOf, formToRequest, runFormFields } from '../run/form.js';
import { type Environment, parseRun } from '../run/parseRun.js';
import type { RunRequest } from '../run/request.js';
import type { DialogAnswer, Intent, IntentResult } from '../store/intents.js';
import { selectedContainer } from '../store/selectors.js';
import type { State } from '../store/state.js';
import type { ActionContext, TerminalSession } from './actionContext.js';
import { authFor } from './imageTasks.js';
import { pullWithProgress } from './pullTask.js';

/** How long a detached run waits for its container to arrive in the list (by the event stream). */
const LIST_TIMEOUT_MS = 5000;

const environment = (): Environment => process.env;

function nameInUse(state: State, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const other = state.containers.find((c) => c.name === name);
  return other ? `the name "${name}" is already in use by container ${other.id.slice(0, 12)}` : undefined;
}

/** Opens the run dialog, prefilled (an image from the images pane, a container's settings to duplicate). */
export function openRunDialog(
  ctx: ActionContext,
  prefill: Partial<RunRequest> = {},
  title = 'Run a container',
): void {
  ctx.dispatch({
    type: 'dialog/open',
    dialog: {
      kind: 'form',
      title,
      fields: runFormFields(prefill),
      focus: prefill.image ? 1 : 0,
      submitLabel: 'run',
      intent: { type: 'run', extras: extrasOf(prefill) },
    },
  });
}

/** The run dialog's answer: every field checked before anything is sent. */
export function submitRunForm(
  intent: Extract<Intent, { type: 'run' }>,
  answer: DialogAnswer,
  ctx: ActionContext,
): IntentResult {
  const result = formToRequest(answer.values, environment(), intent.extras);
  if ('fieldErrors' in result) return { fieldErrors: result.fieldErrors as Record<string, string> };
  const taken = nameInUse(ctx.getState(), result.request.name);
  if (taken) return { fieldErrors: { name: taken } };
  void executeRun(ctx, result.request);
  return undefined;
}

/** `:run [docker run] [flags] IMAGE [COMMAND…]`; alone, it opens the dialog. */
export function runColon(args: string[], ctx: ActionContext): string | undefined {
  if (args.length === 0 || (args.length === 1 && args[0] === 'run')) {
    openRunDialog(ctx);
    return undefined;
  }
  const parsed = parseRun(args, environment());
  if ('error' in parsed) return `:run: ${parsed.error.message}`;
  const taken = nameInUse(ctx.getState(), parsed.request.name);
  if (taken) return `:run: --name: ${taken}`;
  void executeRun(ctx, parsed.request);
  return undefined;
}

/** D: the dialog, prefilled with the selected container's settings and a new name. */
export async function duplicateSelected(ctx: ActionContext): Promise<void> {
  const container = selectedContainer(ctx.getState());
  if (!container) return;
  try {
    const request = await ctx.client.runConfigOf(container.id);
    const names = new Set(ctx.getState().containers.map((c) => c.name));
    let name = `${container.name}-copy`;
    for (let n = 2; names.has(name); n++) name = `${container.name}-copy-${n}`;
    openRunDialog(ctx, { ...request, name }, `Duplicate ${container.name}`);
  } catch (error) {
    const reason = describeError(classifyError(error, ctx.client.endpoint));
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'error', text: `reading ${container.name} failed: ${reason}` },
    });
  }
}

/** The reference a pull needs: a bare name means its latest tag, as the docker CLI pulls it. */
export function pullReference(image: string): string {
  if (image.includes('@')) return image;
  const slash = image.lastIndexOf('/');
  return image.lastIndexOf(':') > slash ? image : `${image}:latest`;
}

const status = (ctx: ActionContext, level: 'info' | 'error', text: string) =>
  ctx.dispatch({ type: 'status/set', status: { level, text } });

const failure = (ctx: ActionContext, error: unknown) =>
  describeError(classifyError(error, ctx.client.endpoint));

/** Puts the containers pane's selection on `id` once the event stream has brought it into the list. */
export async function selectWhenListed(
  ctx: ActionContext,
  id: string,
  timeoutMs = LIST_TIMEOUT_MS,
): Promise<boolean> {
  ctx.refresh('container');
  const deadline = Date.now() + timeoutMs;
  while (!ctx.getState().containers.some((c) => c.id === id)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  ctx.dispatch({ type: 'pane/switch', pane: 'containers' });
  ctx.dispatch({ type: 'select/id', id });
  return true;
}

/** Makes sure the image is there: pulls it with progress when it is not. Resolves to whether to go on. */
async function ensureImage(ctx: ActionContext, image: string): Promise<boolean> {
  try {
    if (await ctx.client.imagePresent(image)) return true;
  } catch (error) {
    status(ctx, 'error', `looking for image ${image} failed: ${failure(ctx, error)}`);
    return false;
  }
  const ref = pullReference(image);
  status(ctx, 'info', `image ${ref} is not here: pulling it`);
  // a private registry's image needs the credentials the docker CLI stored for it
  const auth = await authFor(ctx, ref);
  if (auth === false || !(await pullWithProgress(ctx, ref, auth))) return false;
  // the pull's view has done its job: back to the dashboard for the run
  const top = ctx.getState().views.at(-1);
  if (top?.kind === 'progress' && top.title === `pull ${ref}`) ctx.dispatch({ type: 'view/pop' });
  return true;
}

/** Runs a checked request. Never throws: every failure is a status line that says why. */
export async function executeRun(ctx: ActionContext, request: RunRequest): Promise<string | undefined> {
  if (!(await ensureImage(ctx, request.image))) return undefined;
  let id: string;
  try {
    id = await ctx.client.createRun(request);
  } catch (error) {
    status(ctx, 'error', `creating a container from ${request.image} failed: ${failure(ctx, error)}`);
    return undefined;
  }
  // the engine names a container the user did not: say that name once the list has it
  const label = () =>
    request.name ?? ctx.getState().containers.find((c) => c.id === id)?.name ?? id.slice(0, 12);
  if (request.detach) {
    try {
      await ctx.client.startRun(id);
    } catch (error) {
      status(ctx, 'error', `created ${label()} but starting it failed: ${failure(ctx, error)}`);
      await selectWhenListed(ctx, id);
      return id;
    }
    const listed = await selectWhenListed(ctx, id);
    status(ctx, 'info', listed ? `started ${label()}` : `started ${label()} (not in the list yet)`);
    return id;
  }
  let outcome: AttachOutcome | undefined;
  let problem: unknown;
  const shown = label();
  await ctx.handOverTerminal(async (io) => {
    try {
      outcome = await foregroundSession(ctx, id, shown, request)(io);
    } catch (error) {
      problem = error;
    }
  });
  if (problem !== undefined) status(ctx, 'error', `running ${shown} failed: ${failure(ctx, problem)}`);
  else if (outcome?.detached) status(ctx, 'info', `detached from ${shown}; it keeps running`);
  else {
    const code = outcome?.exitCode;
    status(ctx, code ? 'error' : 'info', `${shown} exited with code ${code ?? '?'}`);
  }
  if (!request.remove || outcome?.detached) await selectWhenListed(ctx, id);
  return id;
}

/** Output without a terminal in the container has bare newlines; the raw terminal needs \r\n. */
function crlf(out: NodeJS.WriteStream): NodeJS.WritableStream {
  return {
    write: (chunk: Buffer | string) => out.write(chunk.toString().replace(/\r?\n/g, '\r\n')),
  } as unknown as NodeJS.WritableStream;
}

function anyKey(stdin: NodeJS.ReadStream): Promise<void> {
  return new Promise((done) => stdin.once('data', () => done()));
}

/** The container in the foreground: its output on the terminal, the keys to it when interactive. */
function foregroundSession(
  ctx: ActionContext,
  id: string,
  label: string,
  request: RunRequest,
): (io: Parameters<TerminalSession>[0]) => Promise<AttachOutcome> {
  return async ({ stdin, stdout }) => {
    const how = request.interactive ? 'ctrl-p ctrl-q detaches' : 'ctrl-c detaches (it keeps running)';
    stdout.write(`berth: running ${label} — ${how}\r\n`);
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.resume();
    const detach = new AbortController();
    // without stdin attached, the keys stay with berth: ctrl-c leaves the container running
    const onKey = (data: Buffer) => {
      if (data.includes(3)) detach.abort();
    };
    if (!request.interactive) stdin.on('data', onKey);
    let outcome: AttachOutcome;
    try {
      outcome = await ctx.client.attachRun(id, {
        tty: request.tty,
        input: request.interactive ? stdin : undefined,
        output: request.tty ? stdout : crlf(stdout),
        size: () => ({ rows: stdout.rows ?? 24, columns: stdout.columns ?? 80 }),
        onResize: (listener) => {
          stdout.on('resize', listener);
          return () => stdout.off('resize', listener);
        },
        signal: detach.signal,
      });
    } finally {
      stdin.off('data', onKey);
    }
    // a plain foreground run (hello-world) ends with output worth reading: keep it until a key
    if (!request.interactive && !outcome.detached) {
      stdout.write(
        `\r\nberth: ${label} exited with code ${outcome.exitCode ?? '?'} — press any key to return\r\n`,
      );
      await anyKey(stdin);
    }
    return outcome;
  };
}
