// A build with its output live in a text view (updated at most ten times a second, following the end
// unless scrolled back), the result tagged and selected in the images list, errors in plain words.
import { BuildError } from '../docker/build.js';
import { PullCancelled } from '../docker/pull.js';
import { shortId } from '../render/format.js';
import { type TextView, textView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import { engineError, reloadAndSelect, withDefaultTag } from './imageTasks.js';

const FLUSH_MS = 100;
/** The most lines a build view keeps (the oldest go first). */
const MAX_LINES = 20_000;
let nextId = 1;

export interface BuildRequest {
  context: string;
  tag?: string;
  dockerfile?: string;
  labels?: Record<string, string>;
}

/** Builds, showing the output; resolves to the new image's id, or undefined when it failed. Never throws. */
export async function buildWithOutput(
  ctx: ActionContext,
  request: BuildRequest,
): Promise<string | undefined> {
  const id = nextId++;
  const tag = request.tag ? withDefaultTag(request.tag) : undefined;
  const title = `build ${tag ?? request.context}`;
  const header = `building ${request.context}${request.dockerfile && request.dockerfile !== 'Dockerfile' ? ` (-f ${request.dockerfile})` : ''}${tag ? ` as ${tag}` : ''}`;
  ctx.dispatch({ type: 'view/push', view: { ...textView(title, [header], true), id } });
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;

  // Adds lines to the view where it is in the stack now, keeping the user's scrolling and search.
  const flush = (live: boolean) => {
    timer = undefined;
    const current = ctx.getState().views.find((v): v is TextView => v.kind === 'text' && v.id === id);
    if (!current) {
      pending = [];
      return; // closed: the build goes on, its outcome goes to the status line
    }
    const height = Math.max(1, ctx.viewHeight - 1);
    const following = current.top >= current.lines.length - height;
    let lines = current.lines.concat(pending);
    if (lines.length > MAX_LINES) lines = lines.slice(lines.length - MAX_LINES);
    pending = [];
    const top = following ? Math.max(0, lines.length - height) : Math.min(current.top, lines.length);
    ctx.dispatch({ type: 'view/replaceById', view: { ...current, id, lines, top, live } });
  };
  const add = (line: string) => {
    pending.push(line);
    timer ??= setTimeout(() => flush(true), FLUSH_MS);
  };

  try {
    const imageId = await ctx.client.build({
      context: request.context,
      dockerfile: request.dockerfile,
      tag,
      labels: request.labels,
      onOutput: add,
    });
    add(`✓ built ${shortId(imageId)}${tag ? `, tagged ${tag}` : ''}`);
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'info', text: `built ${tag ?? shortId(imageId)} (${shortId(imageId)})` },
    });
    await reloadAndSelect(ctx, tag ?? imageId);
    ctx.dispatch({ type: 'pane/switch', pane: 'images' });
    return imageId;
  } catch (error) {
    const reason =
      error instanceof BuildError || error instanceof PullCancelled ? error.message : engineError(ctx, error);
    add(`✗ build failed: ${reason}`);
    ctx.dispatch({ type: 'status/set', status: { level: 'error', text: `build failed: ${reason}` } });
    return undefined;
  } finally {
    clearTimeout(timer);
    flush(false);
  }
}
