// Which engine to talk to: --host, else DOCKER_HOST, else --context / DOCKER_CONTEXT / the CLI's current
// context, else the default socket (the docker CLI's order).
import { activeContextName, contextHost } from './context.js';
import { type Endpoint, resolveEndpoint } from './endpoint.js';

export interface EngineChoice {
  endpoint: Endpoint;
  /** The context's name when one was used; "default" otherwise. */
  context: string;
}

/** Throws ContextError or EndpointError with a message a user can act on. */
export function chooseEngine(
  options: { host?: string; context?: string },
  env: NodeJS.ProcessEnv = process.env,
): EngineChoice {
  if (options.host) return { endpoint: resolveEndpoint(options.host, env), context: 'default' };
  if (options.context === 'default') return { endpoint: resolveEndpoint(undefined, env), context: 'default' };
  const name = options.context ?? (env.DOCKER_HOST ? undefined : activeContextName(undefined, env));
  const host = name ? contextHost(name, env) : undefined;
  return { endpoint: resolveEndpoint(host, env), context: name ?? 'default' };
}
