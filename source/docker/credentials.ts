// Registry credentials where the docker CLI keeps them: $DOCKER_CONFIG/config.json (default ~/.docker),
// `auths[registry].auth = base64(user:password)`, or a credential helper (credsStore / credHelpers) run
// as `docker-credential-<helper> get|store` with its argv and stdin — never through a shell.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { DOCKER_HUB } from './reference.js';
import type { RegistryAuth } from './types.js';

interface AuthEntry {
  auth?: string;
  username?: string;
  password?: string;
  identitytoken?: string;
}

export interface DockerConfig {
  auths?: Record<string, AuthEntry>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
  [key: string]: unknown;
}

export class CredentialsError extends Error {}

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json');
}

export async function readDockerConfig(env: NodeJS.ProcessEnv = process.env): Promise<DockerConfig> {
  const file = configPath(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return {};
    throw new CredentialsError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return text.trim() ? (JSON.parse(text) as DockerConfig) : {};
  } catch {
    throw new CredentialsError(`${file} is not valid JSON; fix or remove it`);
  }
}

/** "https://ghcr.io/v2/" → "ghcr.io", as the docker CLI compares registry keys. */
export function hostnameOf(registry: string): string {
  const bare = registry.replace(/^https?:\/\//, '');
  return bare.split('/', 1)[0]!;
}

function sameRegistry(a: string, b: string): boolean {
  if (a === b) return true;
  const ha = hostnameOf(a);
  const hb = hostnameOf(b);
  const hub = (h: string) => h === 'index.docker.io' || h === 'docker.io' || h === 'registry-1.docker.io';
  return ha === hb || (hub(ha) && hub(hb));
}

function helperFor(config: DockerConfig, registry: string): string | undefined {
  const specific = Object.entries(config.credHelpers ?? {}).find(([key]) => sameRegistry(key, registry));
  return specific?.[1] || config.credsStore || undefined;
}

/** Runs `docker-credential-<helper> <verb>` with `input` on stdin; resolves to its stdout. */
export function runHelper(helper: string, verb: 'get' | 'store', input: string, timeoutMs = 15_000) {
  if (!/^[\w.-]+$/.test(helper)) {
    return Promise.reject(new CredentialsError(`"${helper}" is not a credential helper name`));
  }
  const program = `docker-credential-${helper}`;
  return new Promise<string>((resolve, reject) => {
    const child = spawn(program, [verb], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new CredentialsError(`${program} ${verb} did not answer in ${timeoutMs / 1000}s`));
    }, timeoutMs);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new CredentialsError(
          error.code === 'ENOENT'
            ? `the credential helper ${program} is not installed (named in ${configPath()})`
            : `${program}: ${error.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new CredentialsError(`${program} ${verb} failed: ${(out + err).trim() || `exit ${code}`}`));
    });
    child.stdin.on('error', () => undefined); // a helper that exits early: its exit code says why
    child.stdin.end(input);
  });
}

/** The stored credentials for a registry, or undefined when there are none. */
export async function credentialsFor(
  registry: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RegistryAuth | undefined> {
  const config = await readDockerConfig(env);
  const helper = helperFor(config, registry);
  if (helper) {
    let out: string;
    try {
      out = await runHelper(helper, 'get', registry);
    } catch (error) {
      if (/credentials not found/i.test((error as Error).message)) return undefined;
      throw error;
    }
    const found = JSON.parse(out) as { Username?: string; Secret?: string };
    if (!found.Secret) return undefined;
    // a helper answers "<token>" as the user for identity tokens
    if (found.Username === '<token>')
      return { username: '', password: '', identitytoken: found.Secret, serveraddress: registry };
    return { username: found.Username ?? '', password: found.Secret, serveraddress: registry };
  }
  const entry = Object.entries(config.auths ?? {}).find(([key]) => sameRegistry(key, registry))?.[1];
  if (!entry) return undefined;
  let { username = '', password = '' } = entry;
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0)
      throw new CredentialsError(`the stored credentials for ${registry} are malformed; log in again`);
    username = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (!username && !entry.identitytoken) return undefined;
  return { username, password, identitytoken: entry.identitytoken, serveraddress: registry };
}

/** Stores credentials as `docker login` does; resolves to where they went (the file, or the helper). */
export async function storeCredentials(
  registry: string,
  username: string,
  password: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const file = configPath(env);
  const config = await readDockerConfig(env);
  const helper = helperFor(config, registry);
  const auths = { ...(config.auths ?? {}) };
  for (const key of Object.keys(auths))
    if (key !== registry && sameRegistry(key, registry)) delete auths[key];
  let where: string;
  if (helper) {
    await runHelper(
      helper,
      'store',
      JSON.stringify({ ServerURL: registry, Username: username, Secret: password }),
    );
    auths[registry] = {}; // the docker CLI keeps an empty entry so it knows the registry was logged into
    where = `docker-credential-${helper}`;
  } else {
    auths[registry] = { auth: Buffer.from(`${username}:${password}`).toString('base64') };
    where = file;
  }
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  // write beside and rename: a crash never leaves half a config.json
  const temp = `${file}.berth-${process.pid}`;
  await writeFile(temp, `${JSON.stringify({ ...config, auths }, null, '\t')}\n`, { mode: 0o600 });
  await rename(temp, file);
  return where;
}

export { DOCKER_HUB };
