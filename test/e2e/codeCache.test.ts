// The command runs the bundle through V8's code cache (scripts/launcher.cjs): the first run leaves a cache
// beside the bundle, later runs start from it, and a cache V8 will not take is replaced, never fatal.
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testHost } from '../support/docker.js';
import { launch } from '../support/pty.js';

// a copy of the built command, so this test owns its cache
const dir = mkdtempSync(join(tmpdir(), 'berth-cache-'));
const dist = resolve(import.meta.dirname, '../../dist');
for (const file of ['cli.js', 'berth.cjs']) cpSync(join(dist, file), join(dir, file));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const caches = () => readdirSync(dir).filter((f) => /^berth-[0-9a-f]{16}\.cache$/.test(f));
const open = () =>
  launch({
    cli: join(dir, 'cli.js'),
    args: ['--host', testHost()],
    env: { XDG_CACHE_HOME: join(dir, 'xdg') },
  });

async function runFor(ms: number): Promise<void> {
  const s = open();
  try {
    await s.waitFor(/\d+ containers? \(/);
    await new Promise((r) => setTimeout(r, ms));
    s.press('q');
    expect((await s.exited).exitCode).toBe(0);
  } finally {
    await s.close();
  }
}

describe('the code cache', () => {
  it('is written by a first run that lasts a moment, and used by the next', async () => {
    expect(caches()).toEqual([]);
    await runFor(2500);
    expect(caches()).toHaveLength(1);
    await runFor(100);
    expect(caches()).toHaveLength(1);
    // a run that lasts as long again finds V8 takes the cache (berth changes V8's flags once started:
    // a cache made after that would be refused at every start, and so rewritten by every run)
    const [cache] = caches();
    const written = statSync(join(dir, cache!)).mtimeMs;
    await runFor(2500);
    expect(statSync(join(dir, cache!)).mtimeMs).toBe(written);
  });

  it('is replaced when V8 will not take it, and berth starts all the same', async () => {
    const [cache] = caches();
    writeFileSync(join(dir, cache!), 'not a code cache');
    await runFor(2500);
    expect(caches()).toEqual([cache]);
    expect(statSync(join(dir, cache!)).size).toBeGreaterThan(100_000);
  });
});
