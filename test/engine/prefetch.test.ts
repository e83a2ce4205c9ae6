// The launcher's early requests against the real engine: the client takes their answers for its first
// version and container list, asks for itself after that, and falls back to its own request when the
// early one failed.
import { describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import { prefetch, takePrefetched } from '../../source/docker/prefetch.js';
import { createTestContainer, testDocker, testHost, uniqueName, waitFor } from '../support/docker.js';

const docker = testDocker();

describe('a prefetched first look', () => {
  it('answers the first version and list calls, and only those', async () => {
    const host = testHost();
    if (!host.startsWith('unix://')) throw new Error(`these tests need a unix:// engine, got ${host}`);
    const endpoint = parseEndpoint(host);
    prefetch(['--host', host], {});
    const prefetched = takePrefetched(endpoint.socketPath);
    expect(prefetched?.socketPath).toBe(endpoint.socketPath);
    // taken once: a second engine (or a reconnect) asks for itself
    expect(takePrefetched(endpoint.socketPath)).toBeUndefined();
    await prefetched!.containers;

    // made after the early list was answered: only a list of the client's own shows it
    const name = uniqueName('prefetch');
    await createTestContainer(docker, { name });
    await waitFor(async () =>
      (await docker.listContainers({ all: true })).some((c) => c.Names[0] === `/${name}`),
    );
    const client = createClient(endpoint, { prefetched });
    expect((await client.version()).version).toMatch(/^\d+\.\d+/);
    expect((await client.listContainers()).some((c) => c.name === name)).toBe(false);
    expect((await client.listContainers()).some((c) => c.name === name)).toBe(true);
  });

  it('is not taken for another socket, and a failed one leaves the client to ask itself', async () => {
    prefetch(['--host', 'unix:///nonexistent/berth-prefetch.sock'], {});
    expect(takePrefetched(parseEndpoint(testHost()).socketPath)).toBeUndefined();

    prefetch(['--host', 'unix:///nonexistent/berth-prefetch.sock'], {});
    const failed = takePrefetched('/nonexistent/berth-prefetch.sock');
    expect(await failed?.version).toBeUndefined();
    const client = createClient(parseEndpoint('unix:///nonexistent/berth-prefetch.sock'), {
      prefetched: failed,
    });
    await expect(client.listContainers()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
