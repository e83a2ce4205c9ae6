// :login REGISTRY — a form (user, masked password), checked with the registry through the engine's /auth,
// then stored the way `docker login` does. A refusal reopens the form with everything typed.
import { storeCredentials } from '../docker/credentials.js';
import { DOCKER_HUB } from '../docker/reference.js';
import type { Dialog } from '../store/dialogs.js';
import type { ActionContext } from './actionContext.js';
import { engineError } from './imageTasks.js';

const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d{1,5})?$|^\[[0-9a-fA-F:]+\](?::\d{1,5})?$/;

/** "docker.io" and no registry mean Docker Hub (keyed by its v1 URL, as the docker CLI does). */
export function normaliseRegistry(raw: string | undefined): string | { error: string } {
  const text = (raw ?? '').trim();
  if (!text || /^(?:https?:\/\/)?(?:index\.|registry-1\.)?docker\.io\/?(?:v1\/?)?$/.test(text))
    return DOCKER_HUB;
  const bare = text.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  if (!HOST.test(bare))
    return { error: `"${text}" is not a registry address (host[:port], e.g. 127.0.0.1:5000)` };
  return bare;
}

export function loginDialog(registry: string, user = '', error?: string): Dialog {
  return {
    kind: 'form',
    title: `Log in to ${registry === DOCKER_HUB ? 'Docker Hub' : registry}`,
    fields: [
      { id: 'user', label: 'User', value: user, hint: 'the registry user name' },
      { id: 'password', label: 'Password', value: '', secret: true, hint: 'or an access token' },
    ],
    focus: user ? 1 : 0,
    error,
    submitLabel: 'log in',
    intent: { type: 'image.login', registry },
  };
}

export async function login(ctx: ActionContext, registry: string, user: string, password: string) {
  const shown = registry === DOCKER_HUB ? 'Docker Hub' : registry;
  ctx.dispatch({ type: 'status/set', status: { level: 'info', text: `logging in to ${shown}…` } });
  try {
    await ctx.client.checkAuth({ username: user, password, serveraddress: registry });
  } catch (error) {
    const reason = engineError(ctx, error);
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'error', text: `login to ${shown} refused: ${reason}` },
    });
    // ask again, with the user name kept (the password is typed anew, as docker login does)
    if (!ctx.getState().dialog)
      ctx.dispatch({ type: 'dialog/open', dialog: loginDialog(registry, user, reason) });
    return false;
  }
  try {
    const where = await storeCredentials(registry, user, password);
    ctx.dispatch({
      type: 'status/set',
      status: { level: 'info', text: `logged in to ${shown} as ${user}; credentials stored in ${where}` },
    });
    return true;
  } catch (error) {
    ctx.dispatch({
      type: 'status/set',
      status: {
        level: 'error',
        text: `logged in to ${shown}, but storing the credentials failed: ${(error as Error).message}`,
      },
    });
    return false;
  }
}
