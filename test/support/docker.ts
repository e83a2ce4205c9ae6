// Test-side access to the private engine: create what a test needs, and remove all of it afterwards.
import Docker from 'dockerode';
import { inject } from 'vitest';

export const TEST_IMAGE = 'berth-test:latest';
const RUN = `${process.pid}-${Date.now().toString(36)}`;
export const TEST_LABEL = 'berth.test';

export function testHost(): string {
  return inject('dockerHost');
}

export function testDocker(): Docker {
  const host = testHost();
  if (!host.startsWith('unix://')) throw new Error(`tests expect a unix:// engine, got ${host}`);
  return new Docker({ socketPath: host.slice('unix://'.length) });
}

let counter = 0;
/** A name no other test (or run) uses. */
export function uniqueName(prefix: string): string {
  counter++;
  return `${prefix}-${RUN}-${counter}`;
}

export interface RunOptions {
  name?: string;
  cmd?: string[];
  start?: boolean;
  tty?: boolean;
  labels?: Record<string, string>;
  env?: string[];
  /** Keep stdin open (docker run -i). */
  openStdin?: boolean;
  /** Anonymous volumes at these paths. */
  volumes?: string[];
  /** A network to join instead of none. */
  network?: string;
  /** Container ports to publish on 127.0.0.1 (host ports chosen by the engine); needs `network`. */
  publish?: number[];
}

/** The labels every container of this run carries. */
export function runLabels(): Record<string, string> {
  return { [TEST_LABEL]: RUN };
}

/** Creates (and by default starts) a busybox container labelled as this run's. */
export async function createTestContainer(
  docker: Docker,
  options: RunOptions = {},
): Promise<Docker.Container> {
  const container = await docker.createContainer({
    Image: TEST_IMAGE,
    name: options.name ?? uniqueName('t'),
    Cmd: options.cmd ?? ['sleep', '3600'],
    Tty: options.tty ?? false,
    Env: options.env,
    OpenStdin: options.openStdin,
    Volumes: options.volumes ? Object.fromEntries(options.volumes.map((v) => [v, {}])) : undefined,
    Labels: { [TEST_LABEL]: RUN, ...options.labels },
    StopSignal: 'SIGKILL',
    ExposedPorts: Object.fromEntries((options.publish ?? []).map((p) => [`${p}/tcp`, {}])),
    HostConfig: {
      NetworkMode: options.network ?? 'none',
      // loopback only: nothing a test starts is reachable from anywhere else
      PortBindings: Object.fromEntries(
        (options.publish ?? []).map((p) => [`${p}/tcp`, [{ HostIp: '127.0.0.1', HostPort: '' }]]),
      ),
    },
  });
  if (options.start ?? true) await container.start();
  return container;
}

/** Removes every container this run created. */
export async function removeTestContainers(docker: Docker): Promise<void> {
  const list = await docker.listContainers({ all: true, filters: { label: [`${TEST_LABEL}=${RUN}`] } });
  await Promise.all(
    list.map((c) =>
      docker
        .getContainer(c.Id)
        .remove({ force: true, v: true })
        .catch(() => undefined),
    ),
  );
}

export async function waitFor<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What a test file made by hand, removed in afterAll: containers first, so their volumes and networks can go. */
export interface Made {
  containers?: string[];
  volumes?: string[];
  networks?: string[];
}

export async function removeMade(docker: Docker, made: Made): Promise<void> {
  const quietly = (p: Promise<unknown>) => p.catch(() => undefined);
  for (const id of made.containers ?? []) await quietly(docker.getContainer(id).remove({ force: true }));
  for (const name of made.volumes ?? []) await quietly(docker.getVolume(name).remove());
  for (const id of made.networks ?? []) await quietly(docker.getNetwork(id).remove());
}
