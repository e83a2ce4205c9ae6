// Which socket the launcher asks before the bundle loads: only one it can name as the bundle would
// (--host, DOCKER_HOST, or the default with no context in use), never for --help or --version.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prefetchSocket } from '../../source/docker/prefetch.js';

const config = mkdtempSync(join(tmpdir(), 'berth-prefetch-'));
const empty = mkdtempSync(join(tmpdir(), 'berth-prefetch-none-'));
afterAll(() => {
  rmSync(config, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

describe('the socket a start asks early', () => {
  it('is --host (either spelling), then DOCKER_HOST, when they name a unix socket', () => {
    const env = { DOCKER_CONFIG: empty };
    expect(prefetchSocket(['--host', 'unix:///a.sock'], env)).toBe('/a.sock');
    expect(prefetchSocket(['--read-only', '--host=unix:///b.sock'], env)).toBe('/b.sock');
    expect(prefetchSocket([], { ...env, DOCKER_HOST: 'unix:///c.sock' })).toBe('/c.sock');
    expect(prefetchSocket(['--host', 'unix:///a.sock'], { ...env, DOCKER_HOST: 'unix:///c.sock' })).toBe(
      '/a.sock',
    );
  });

  it('is none for another kind of engine, a context, or a run that only prints', () => {
    const env = { DOCKER_CONFIG: empty };
    expect(prefetchSocket(['--host', 'tcp://127.0.0.1:2375'], env)).toBeUndefined();
    expect(prefetchSocket([], { ...env, DOCKER_HOST: 'ssh://me@server' })).toBeUndefined();
    expect(prefetchSocket(['--context', 'remote'], env)).toBeUndefined();
    expect(prefetchSocket([], { ...env, DOCKER_CONTEXT: 'remote' })).toBeUndefined();
    expect(prefetchSocket(['--help'], env)).toBeUndefined();
    expect(prefetchSocket(['--version', '--host', 'unix:///a.sock'], env)).toBeUndefined();
  });

  it('is the default socket unless the CLI config has another context current', () => {
    expect(prefetchSocket([], { DOCKER_CONFIG: empty })).toBe('/var/run/docker.sock');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'default' }));
    expect(prefetchSocket([], { DOCKER_CONFIG: config })).toBe('/var/run/docker.sock');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'remote' }));
    expect(prefetchSocket([], { DOCKER_CONFIG: config })).toBeUndefined();
  });
});
