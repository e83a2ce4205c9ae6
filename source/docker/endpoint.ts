// Where the engine is: --host, then DOCKER_HOST, then the default socket (as the docker CLI does).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';

export interface Endpoint {
  /** As the user would write it. */
  url: string;
  socketPath?: string;
  protocol?: 'http' | 'https' | 'ssh';
  host?: string;
  port?: number;
  username?: string;
  tls?: { ca?: Buffer | string[]; cert?: Buffer; key?: Buffer };
}

export const DEFAULT_SOCKET = '/var/run/docker.sock';

export class EndpointError extends Error {}

/** Parses a DOCKER_HOST-style URL. Throws EndpointError with a readable message on a bad one. */
export function parseEndpoint(raw: string, env: NodeJS.ProcessEnv = process.env): Endpoint {
  const url = raw.trim();
  if (url.startsWith('unix://')) {
    const socketPath = url.slice('unix://'.length);
    if (!socketPath) throw new EndpointError(`"${raw}" names no socket: write unix:///path/to/docker.sock`);
    return { url, socketPath };
  }
  if (url.startsWith('/')) return { url: `unix://${url}`, socketPath: url };
  const match = /^(tcp|http|https|ssh):\/\/(?:([^@/]+)@)?([^:/]+|\[[^\]]+\])(?::(\d+))?\/?$/.exec(url);
  if (!match) {
    throw new EndpointError(
      `"${raw}" is not an engine address: use unix:///path/docker.sock, tcp://host:port or ssh://user@host`,
    );
  }
  const [, scheme, username, host, port] = match;
  if (scheme === 'ssh') {
    return { url, protocol: 'ssh', host, port: port ? Number(port) : 22, username };
  }
  const tlsVerify =
    env.DOCKER_TLS_VERIFY !== undefined && env.DOCKER_TLS_VERIFY !== '' && env.DOCKER_TLS_VERIFY !== '0';
  const secure = scheme === 'https' || tlsVerify;
  const endpoint: Endpoint = {
    url,
    protocol: secure ? 'https' : 'http',
    host,
    port: port ? Number(port) : secure ? 2376 : 2375,
  };
  if (secure && env.DOCKER_CERT_PATH) {
    const dir = env.DOCKER_CERT_PATH;
    endpoint.tls = {
      ca: readFileSync(join(dir, 'ca.pem')),
      cert: readFileSync(join(dir, 'cert.pem')),
      key: readFileSync(join(dir, 'key.pem')),
    };
  } else if (secure && env.NODE_EXTRA_CA_CERTS) {
    // node itself never read them (scripts/launcher.cjs): the usual roots and these, as node would trust
    endpoint.tls = { ca: [...rootCertificates, ...extraCertificates(env.NODE_EXTRA_CA_CERTS)] };
  }
  return endpoint;
}

/** The certificates of NODE_EXTRA_CA_CERTS; none when the file cannot be read (node only warns then). */
function extraCertificates(file: string): string[] {
  try {
    return [readFileSync(file, 'utf8')];
  } catch {
    return [];
  }
}

export function resolveEndpoint(
  flagHost: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Endpoint {
  return parseEndpoint(flagHost || env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`, env);
}
