// The images API against the real private engine: list, inspect, history, build (with .dockerignore),
// tag, remove, prune; and with a real registry: login, push, remove locally, pull back with progress.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { credentialsFor, storeCredentials } from '../../source/docker/credentials.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import type { ProgressEvent } from '../../source/docker/progress.js';
import {
  removeTestContainers,
  TEST_IMAGE,
  TEST_LABEL,
  testDocker,
  testHost,
  uniqueName,
} from '../support/docker.js';
import { type Registry, startRegistry } from '../support/registry.js';

const docker = testDocker();
const client = createClient(parseEndpoint(testHost()));
const RUN_LABEL = uniqueName('images');
const dirs: string[] = [];
const made: string[] = [];

function contextDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'berth-build-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Runs a command in a container of `image` and returns what it printed. */
async function runIn(image: string, cmd: string[]): Promise<string> {
  const container = await docker.createContainer({
    Image: image,
    Cmd: cmd,
    Labels: { [TEST_LABEL]: RUN_LABEL },
    HostConfig: { NetworkMode: 'none' },
  });
  try {
    await container.start();
    await container.wait();
    const logs = await container.logs({ stdout: true, stderr: true });
    // non-TTY logs are framed: 8-byte headers before each chunk
    const out: string[] = [];
    for (let at = 0; at + 8 <= logs.length; ) {
      const size = logs.readUInt32BE(at + 4);
      out.push(logs.subarray(at + 8, at + 8 + size).toString());
      at += 8 + size;
    }
    return out.join('');
  } finally {
    await container.remove({ force: true });
  }
}

afterAll(async () => {
  await removeTestContainers(docker);
  const leftover = await docker.listContainers({
    all: true,
    filters: { label: [`${TEST_LABEL}=${RUN_LABEL}`] },
  });
  await Promise.all(leftover.map((c) => docker.getContainer(c.Id).remove({ force: true })));
  for (const ref of made)
    await docker
      .getImage(ref)
      .remove({ force: true })
      .catch(() => undefined);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('images on the engine', () => {
  it('lists the test image with its tag, size and age, and inspects it with its history', async () => {
    const images = await client.listImages();
    const image = images.find((i) => i.repoTags.includes(TEST_IMAGE));
    expect(image).toBeDefined();
    expect(image!.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(image!.size).toBeGreaterThan(100_000);
    expect(image!.created).toBeGreaterThan(1_500_000_000);
    const doc = (await client.inspectImage(TEST_IMAGE)) as { Id: string; RepoTags: string[] };
    expect(doc.Id).toBe(image!.id);
    expect(doc.RepoTags).toContain(TEST_IMAGE);
    const layers = await client.imageHistory(image!.id);
    expect(layers.length).toBeGreaterThanOrEqual(1);
    expect(layers[0]!.tags).toContain(TEST_IMAGE);
    expect(layers.reduce((s, l) => s + l.size, 0)).toBe(image!.size);
  });

  it('builds from a directory, streaming the output, leaving out what .dockerignore names', async () => {
    const dir = contextDir({
      Dockerfile: 'FROM berth-test:latest\nCOPY . /ctx/\nRUN echo building-step-output\n',
      '.dockerignore': 'secret.txt\nlogs/*.log\n',
      'secret.txt': 'do not send',
      'keep.txt': 'kept',
      'logs/a.log': 'ignored',
      'logs/b.txt': 'kept',
    });
    const tag = `${uniqueName('berth-built')}:v1`;
    made.push(tag);
    const lines: string[] = [];
    const id = await client.build({ context: dir, tag, onOutput: (l) => lines.push(l) });
    expect(id).toMatch(/^sha256:/);
    expect(lines.some((l) => l.startsWith('Step 1/3 : FROM berth-test:latest'))).toBe(true);
    expect(lines).toContain('building-step-output');
    const images = await client.listImages();
    expect(images.find((i) => i.id === id)?.repoTags).toContain(tag);
    const listing = (await runIn(tag, ['ls', '-a', '/ctx', '/ctx/logs'])).split(/\s+/);
    expect(listing).toContain('keep.txt');
    expect(listing).toContain('b.txt');
    expect(listing).not.toContain('secret.txt');
    expect(listing).not.toContain('a.log');
  });

  it('reports a failing RUN and a bad Dockerfile in the engine words', async () => {
    const failing = contextDir({ Dockerfile: 'FROM berth-test:latest\nRUN false\n' });
    await expect(client.build({ context: failing, onOutput: () => undefined })).rejects.toThrow(
      /returned a non-zero code: 1/,
    );
    const bad = contextDir({ Dockerfile: 'FROM berth-test:latest\nFROBNICATE now\n' });
    await expect(client.build({ context: bad, onOutput: () => undefined })).rejects.toThrow(
      /unknown instruction: FROBNICATE/i,
    );
    const empty = contextDir({ README: 'no Dockerfile here' });
    await expect(client.build({ context: empty, onOutput: () => undefined })).rejects.toThrow(
      /no Dockerfile/,
    );
  });

  it('tags an image and removes the tag again', async () => {
    const ref = `${uniqueName('berth-tagged')}:v2`;
    made.push(ref);
    const base = (await client.listImages()).find((i) => i.repoTags.includes(TEST_IMAGE))!;
    await client.tagImage(base.id, ref);
    expect((await client.listImages()).find((i) => i.id === base.id)?.repoTags).toContain(ref);
    const removed = await client.removeImage(ref);
    expect(removed.untagged).toContain(ref);
    expect(removed.deleted).toEqual([]);
    const after = await client.listImages();
    expect(after.some((i) => i.repoTags.includes(ref))).toBe(false);
    expect(after.some((i) => i.repoTags.includes(TEST_IMAGE))).toBe(true);
  });

  it('refuses to remove an image a container uses, unless forced', async () => {
    const dir = contextDir({ Dockerfile: 'FROM berth-test:latest\nRUN echo used > /used\n' });
    const ref = `${uniqueName('berth-used')}:v1`;
    made.push(ref);
    await client.build({ context: dir, tag: ref, onOutput: () => undefined });
    await docker.createContainer({
      Image: ref,
      Cmd: ['true'],
      Labels: { [TEST_LABEL]: RUN_LABEL },
      HostConfig: { NetworkMode: 'none' },
    });
    await expect(client.removeImage(ref)).rejects.toMatchObject({ statusCode: 409 });
    const forced = await client.removeImage(ref, { force: true });
    expect(forced.untagged).toContain(ref);
  });

  it('prunes only the dangling images no container uses', async () => {
    const label = `${TEST_LABEL}.prune=${RUN_LABEL}`;
    const labels = { [`${TEST_LABEL}.prune`]: RUN_LABEL };
    const unusedDir = contextDir({ Dockerfile: 'FROM berth-test:latest\nRUN echo unused > /marker\n' });
    const usedDir = contextDir({ Dockerfile: 'FROM berth-test:latest\nRUN echo used > /marker\n' });
    const unused = await client.build({ context: unusedDir, labels, onOutput: () => undefined });
    const used = await client.build({ context: usedDir, labels, onOutput: () => undefined });
    made.push(unused, used);
    await docker.createContainer({
      Image: used,
      Cmd: ['true'],
      Labels: { [TEST_LABEL]: RUN_LABEL },
      HostConfig: { NetworkMode: 'none' },
    });
    const result = await client.pruneImages({ label });
    expect(result.deleted).toContain(unused);
    expect(result.deleted).not.toContain(used);
    expect(result.spaceReclaimed).toBeGreaterThanOrEqual(0);
    const ids = (await client.listImages()).map((i) => i.id);
    expect(ids).not.toContain(unused);
    expect(ids).toContain(used);
    expect((await client.listImages()).some((i) => i.repoTags.includes(TEST_IMAGE))).toBe(true);
  });
});

describe('images and a registry', () => {
  let registry: Registry;
  let configDir: string;
  const saved = process.env.DOCKER_CONFIG;

  beforeAll(async () => {
    registry = await startRegistry();
    configDir = mkdtempSync(join(tmpdir(), 'berth-docker-config-'));
    process.env.DOCKER_CONFIG = configDir; // never the user's ~/.docker
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DOCKER_CONFIG;
    else process.env.DOCKER_CONFIG = saved;
    rmSync(configDir, { recursive: true, force: true });
    await registry.stop();
  });

  it('logs in (refusing a wrong password), stores the credentials as docker login does, pushes, pulls back', async () => {
    const { address, user, password } = registry;
    await expect(
      client.checkAuth({ username: user, password: 'wrong', serveraddress: address }),
    ).rejects.toThrow(/unauthorized|incorrect|authentication/i);
    await client.checkAuth({ username: user, password, serveraddress: address });
    await storeCredentials(address, user, password);
    const config = JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'));
    expect(config.auths[address].auth).toBe(Buffer.from(`${user}:${password}`).toString('base64'));

    const auth = await credentialsFor(address);
    expect(auth).toMatchObject({ username: user, password, serveraddress: address });

    const ref = `${address}/berth/${uniqueName('pushed')}:v1`;
    made.push(ref);
    // a layer of its own, so that pulling it back downloads and extracts something
    const dir = contextDir({
      Dockerfile: `FROM berth-test:latest\nRUN seq 1 20000 > /numbers && echo ${ref} > /ref\n`,
    });
    await client.build({ context: dir, tag: ref, onOutput: () => undefined });
    // without credentials the registry says no
    await expect(client.push(ref, () => undefined)).rejects.toThrow(
      /no basic auth|unauthorized|authentication required/i,
    );
    const pushed: ProgressEvent[] = [];
    await client.push(ref, (e) => pushed.push(e), { auth });
    expect(pushed.some((e) => /^(Pushed|Layer already exists)$/.test(e.status ?? ''))).toBe(true);
    expect(pushed.some((e) => /digest: sha256:/.test(e.status ?? ''))).toBe(true);

    const removed = await client.removeImage(ref);
    expect(removed.deleted.length).toBeGreaterThan(0);
    expect((await client.listImages()).some((i) => i.repoTags.includes(ref))).toBe(false);

    const pulled: ProgressEvent[] = [];
    await client.pull(ref, (e) => pulled.push(e), { auth });
    expect(pulled.some((e) => e.status === 'Downloading' && e.progressDetail?.total)).toBe(true);
    expect(pulled.some((e) => e.status === 'Pull complete')).toBe(true);
    expect(pulled.some((e) => e.status?.startsWith('Status: Downloaded newer image'))).toBe(true);
    expect((await client.listImages()).some((i) => i.repoTags.includes(ref))).toBe(true);
  });
});
