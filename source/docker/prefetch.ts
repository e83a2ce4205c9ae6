// The first look's two requests (the engine's version and its containers), sent by the launcher before
// the bundle loads: the bundle takes ~30–45 ms to load, and a busy engine takes as long or longer to list
// 200 containers, so the two now overlap. The build inlines `prefetch` into dist/cli.js (it may use only
// node's own modules); the client takes the answers for its first calls (`takePrefetched`), and makes its
// own requests when there are none, or on any failure here: this only ever saves time.
import { readFileSync } from 'node:fs';
import { type Agent, get } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { LIST_DEADLINE_MS } from './deadline.js';
import { socketAgent } from './socketAgent.js';

export interface Prefetched {
  socketPath: string;
  /** Parsed JSON of GET /version, or undefined when it could not be had. */
  version: Promise<unknown>;
  /** Parsed JSON of GET /containers/json?all=true, or undefined. */
  containers: Promise<unknown>;
}

const KEY = '__berthPrefetched';

/** The engine's socket when it can be named without the bundle (else undefined: no prefetch). */
export function prefetchSocket(argv: readonly string[], env: NodeJS.ProcessEnv): string | undefined {
  let host: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // a run that prints and leaves, or picks a context: not worth a guess
    if (/^--(help|version|context)(=|$)/.test(arg)) return undefined;
    if (arg === '--host') host = argv[i + 1];
    else if (arg.startsWith('--host=')) host = arg.slice('--host='.length);
  }
  host ??= env.DOCKER_HOST || undefined;
  if (host !== undefined) return host.startsWith('unix://') ? host.slice('unix://'.length) : undefined;
  if (env.DOCKER_CONTEXT) return undefined;
  try {
    const config = JSON.parse(
      readFileSync(join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json'), 'utf8'),
    ) as { currentContext?: string };
    if (config.currentContext && config.currentContext !== 'default') return undefined;
  } catch {
    // no config (or not JSON): the default socket, as for the docker CLI
  }
  return '/var/run/docker.sock';
}

function getJson(socketPath: string, path: string, agent: Agent): Promise<unknown> {
  return new Promise((done) => {
    const request = get({ socketPath, path, agent, headers: { Host: 'docker' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        if (response.statusCode !== 200) return done(undefined);
        try {
          done(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch {
          done(undefined);
        }
      });
      response.on('error', () => done(undefined));
    });
    request.on('error', () => done(undefined));
    // an engine stuck on it: the client asks again, under its own deadline
    request.setTimeout(LIST_DEADLINE_MS, () => {
      request.destroy();
      done(undefined);
    });
  });
}

/** Sends the two requests when the engine's socket can be named (true: sent); the answers wait on the
 *  global object for takePrefetched. */
export function prefetch(argv: readonly string[], env: NodeJS.ProcessEnv): boolean {
  const socketPath = prefetchSocket(argv, env);
  if (!socketPath) return false;
  const agent = socketAgent();
  const prefetched: Prefetched = {
    socketPath,
    version: getJson(socketPath, '/version', agent),
    containers: getJson(socketPath, '/containers/json?all=true', agent),
  };
  (globalThis as Record<string, unknown>)[KEY] = prefetched;
  return true;
}

/** The launcher's answers for this socket, once (a second engine, or a reconnect, asks for itself). */
export function takePrefetched(socketPath: string | undefined): Prefetched | undefined {
  const global = globalThis as Record<string, unknown>;
  const prefetched = global[KEY] as Prefetched | undefined;
  delete global[KEY];
  return prefetched && prefetched.socketPath === socketPath ? prefetched : undefined;
}
