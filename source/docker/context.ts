// The docker CLI's context store: --context NAME / DOCKER_CONTEXT / currentContext → an engine address.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { byText } from '../compare.js';

export class ContextError extends Error {}

function configDir(env: NodeJS.ProcessEnv): string {
  return env.DOCKER_CONFIG || join(homedir(), '.docker');
}

/** The context named, else DOCKER_CONTEXT, else the config's currentContext; undefined means "default". */
export function activeContextName(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (flag) return flag;
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  try {
    const config = JSON.parse(readFileSync(join(configDir(env), 'config.json'), 'utf8')) as {
      currentContext?: string;
    };
    return config.currentContext || undefined;
  } catch {
    return undefined;
  }
}

/** The engine address of a named context, from ~/.docker/contexts/meta/<sha256(name)>/meta.json. */
export function contextHost(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (name === 'default') return undefined;
  const digest = createHash('sha256').update(name).digest('hex');
  const file = join(configDir(env), 'contexts', 'meta', digest, 'meta.json');
  let meta: { Endpoints?: { docker?: { Host?: string } } };
  try {
    meta = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ContextError(
      `no docker context named "${name}" (looked in ${file}); list them with: docker context ls`,
    );
  }
  const host = meta.Endpoints?.docker?.Host;
  if (!host) throw new ContextError(`the docker context "${name}" names no engine address`);
  return host;
}

export interface ContextEntry {
  name: string;
  host: string;
  description?: string;
}

/** Every context in the docker CLI's store, with "default" (DOCKER_HOST or the default socket) first. */
export function listContexts(env: NodeJS.ProcessEnv = process.env): ContextEntry[] {
  const dir = join(configDir(env), 'contexts', 'meta');
  const out: ContextEntry[] = [
    {
      name: 'default',
      host: env.DOCKER_HOST || 'unix:///var/run/docker.sock',
      description: 'the default engine',
    },
  ];
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return out; // no contexts made yet
  }
  for (const digest of entries) {
    try {
      const meta = JSON.parse(readFileSync(join(dir, digest, 'meta.json'), 'utf8')) as {
        Name?: string;
        Metadata?: { Description?: string };
        Endpoints?: { docker?: { Host?: string } };
      };
      const host = meta.Endpoints?.docker?.Host;
      if (meta.Name && host) out.push({ name: meta.Name, host, description: meta.Metadata?.Description });
    } catch {
      // a context directory without a readable meta.json is not a context the CLI could use either
    }
  }
  return out.sort((a, b) => (a.name === 'default' ? -1 : b.name === 'default' ? 1 : byText(a.name, b.name)));
}
