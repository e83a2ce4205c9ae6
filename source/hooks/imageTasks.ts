// The images pane's engine work: pull and push with the docker CLI's stored credentials, tag, remove,
// prune, and putting the selection on an image once the engine has it.
import { credentialsFor } from '../docker/credentials.js';
import { classifyError, describeError } from '../docker/errors.js';
import { parseReference, registryOf } from '../docker/reference.js';
import type { RegistryAuth } from '../docker/types.js';
import { formatBytes } from '../render/format.js';
import type { ImageTarget } from '../store/imageIntents.js';
import type { ActionContext } from './actionContext.js';
import { pullWithProgress, pushWithProgress } from './pullTask.js';
import { runBulk, runTask } from './runTask.js';

function status(ctx: ActionContext, level: 'info' | 'error', text: string): void {
  ctx.dispatch({ type: 'status/set', status: { level, text } });
}

/** "busybox" → "busybox:latest": the name the engine lists a pulled image by. */
export function withDefaultTag(ref: string): string {
  const parsed = parseReference(ref);
  if ('error' in parsed || parsed.tag || parsed.digest) return ref;
  return `${ref}:latest`;
}

/** Re-lists images now and selects `key` (a repo:tag, or an image id) in the images pane. */
export async function reloadAndSelect(ctx: ActionContext, key: string): Promise<void> {
  try {
    const images = await ctx.client.listImages();
    ctx.dispatch({ type: 'images/loaded', images });
    ctx.dispatch({ type: 'images/select', id: key });
  } catch {
    ctx.refresh('image'); // the sync reports a failing engine; the selection just stays where it is
  }
}

/** The stored credentials for the registry of `ref`; undefined when there are none (anonymous). */
export async function authFor(ctx: ActionContext, ref: string): Promise<RegistryAuth | undefined | false> {
  const parsed = parseReference(ref);
  if ('error' in parsed) return undefined;
  try {
    return await credentialsFor(registryOf(parsed));
  } catch (error) {
    status(ctx, 'error', `reading credentials for ${registryOf(parsed)} failed: ${(error as Error).message}`);
    return false;
  }
}

export async function pullImage(ctx: ActionContext, ref: string): Promise<boolean> {
  const auth = await authFor(ctx, ref);
  if (auth === false) return false;
  const ok = await pullWithProgress(ctx, ref, auth);
  if (ok) await reloadAndSelect(ctx, withDefaultTag(ref));
  return ok;
}

export async function pushImage(ctx: ActionContext, ref: string): Promise<boolean> {
  const auth = await authFor(ctx, ref);
  if (auth === false) return false;
  return pushWithProgress(ctx, ref, auth);
}

export async function tagImage(ctx: ActionContext, imageId: string, source: string, ref: string) {
  const target = withDefaultTag(ref);
  const ok = await runTask(ctx, {
    ids: [source],
    pending: 'tagging…',
    what: `tagging ${source} as ${target}`,
    run: () => ctx.client.tagImage(imageId, target),
    done: () => `tagged ${source} as ${target}`,
  });
  if (ok) await reloadAndSelect(ctx, target);
  return ok;
}

export async function removeImages(ctx: ActionContext, targets: ImageTarget[], force: boolean) {
  const remove = (name: string) => ctx.client.removeImage(name, { force });
  if (targets.length === 1) {
    const [t] = targets as [ImageTarget];
    await runTask(ctx, {
      ids: [t.name],
      pending: 'removing…',
      what: `removing ${t.label}`,
      run: () => remove(t.name),
      done: (r) =>
        r.deleted.length
          ? `removed ${t.label} (${r.deleted.length} layer${r.deleted.length === 1 ? '' : 's'} deleted)`
          : `untagged ${t.label}; the image stays under its other names`,
    });
  } else {
    await runBulk(
      ctx,
      targets.map((t) => ({ id: t.name, label: t.label })),
      { pending: 'removing…', done: 'removed', what: 'removing images' },
      remove,
    );
  }
  ctx.dispatch({ type: 'mark/clear', pane: 'images' });
  ctx.refresh('image');
}

export async function pruneImages(ctx: ActionContext, all: boolean) {
  await runTask(ctx, {
    what: 'pruning images',
    run: () => ctx.client.pruneImages({ all }),
    done: (r) =>
      r.deleted.length || r.untagged.length
        ? `pruned: ${r.deleted.length} deleted, ${r.untagged.length} untagged, ${formatBytes(r.spaceReclaimed)} reclaimed`
        : 'pruned: nothing to remove',
  });
  ctx.refresh('image');
}

/** An engine error in words, for handlers that report outside runTask. */
export function engineError(ctx: ActionContext, error: unknown): string {
  return describeError(classifyError(error, ctx.client.endpoint));
}
