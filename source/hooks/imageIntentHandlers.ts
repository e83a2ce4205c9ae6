// What the images pane's dialogs do when answered: validate (errors keep the dialog open with everything
// typed, nothing is sent), then start the work; its outcome goes to the status line or a view.
import { isAbsolute, resolve } from 'node:path';
import { checkBuildContext } from '../docker/build.js';
import { referenceError } from '../docker/reference.js';
import type { ImageIntent } from '../store/imageIntents.js';
import type { DialogAnswer, IntentResult } from '../store/intents.js';
import type { ActionContext } from './actionContext.js';
import { buildWithOutput } from './buildTask.js';
import { pruneImages, pullImage, removeImages, tagImage } from './imageTasks.js';
import { login } from './loginTask.js';

type Handler<I extends ImageIntent> = (intent: I, answer: DialogAnswer, ctx: ActionContext) => IntentResult;
type Handlers = { [T in ImageIntent['type']]: Handler<Extract<ImageIntent, { type: T }>> };

/** Validates a build request; the field errors, or the request to send. */
export function checkBuild(
  values: { context?: string; tag?: string; dockerfile?: string },
  cwd = process.cwd(),
): { fieldErrors: Record<string, string> } | { context: string; tag?: string; dockerfile: string } {
  const raw = (values.context ?? '').trim();
  const dockerfile = (values.dockerfile ?? '').trim() || 'Dockerfile';
  const tag = (values.tag ?? '').trim();
  const fieldErrors: Record<string, string> = {};
  if (!raw) fieldErrors.context = 'a directory is needed';
  const context = raw && (isAbsolute(raw) ? raw : resolve(cwd, raw));
  if (context) {
    const problem = checkBuildContext(context, dockerfile);
    if (problem)
      fieldErrors[
        problem.startsWith('no directory') || problem.includes('not a directory') ? 'context' : 'dockerfile'
      ] = problem;
  }
  if (tag) {
    const error = referenceError(tag);
    if (error) fieldErrors.tag = error;
  }
  return Object.keys(fieldErrors).length ? { fieldErrors } : { context, tag: tag || undefined, dockerfile };
}

export const IMAGE_INTENT_HANDLERS: Handlers = {
  'image.pull': (_intent, answer, ctx) => {
    const ref = (answer.values.ref ?? '').trim();
    const error = referenceError(ref);
    if (error) return { fieldErrors: { ref: error } };
    void pullImage(ctx, ref);
    return undefined;
  },
  'image.tag': (intent, answer, ctx) => {
    const ref = (answer.values.ref ?? '').trim();
    const error = referenceError(ref) ?? (ref.includes('@') ? 'a tag cannot hold a digest' : undefined);
    if (error) return { fieldErrors: { ref: error } };
    void tagImage(ctx, intent.imageId, intent.source, ref);
    return undefined;
  },
  'image.remove': (intent, _answer, ctx) => {
    void removeImages(ctx, intent.targets, intent.force);
    return undefined;
  },
  'image.build': (_intent, answer, ctx) => {
    const checked = checkBuild(answer.values);
    if ('fieldErrors' in checked) return checked;
    void buildWithOutput(ctx, checked);
    return undefined;
  },
  'image.login': (intent, answer, ctx) => {
    const user = (answer.values.user ?? '').trim();
    const password = answer.values.password ?? '';
    const fieldErrors: Record<string, string> = {};
    if (!user) fieldErrors.user = 'a user name is needed';
    if (!password) fieldErrors.password = 'a password is needed';
    if (Object.keys(fieldErrors).length) return { fieldErrors };
    void login(ctx, intent.registry, user, password);
    return undefined;
  },
  'image.prune': (_intent, answer, ctx) => {
    void pruneImages(ctx, answer.options.all ?? false);
    return undefined;
  },
};
