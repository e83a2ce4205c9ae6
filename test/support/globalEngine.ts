// Starts one private dockerd for the engine and e2e projects (DESIGN.md §6), or uses
// BERTH_TEST_DOCKER_HOST when set. Never the user's own daemon unless that variable says so.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    dockerHost: string;
  }
}

interface Engine {
  host: string;
  dir?: string;
}

const shared = globalThis as { berthEngine?: Promise<Engine>; berthEngineUsers?: number };

async function start(): Promise<Engine> {
  const given = process.env.BERTH_TEST_DOCKER_HOST;
  if (given) return { host: given };
  const dir = `/tmp/berth-test-${process.pid}`;
  try {
    execFileSync('bash', ['scripts/engine.sh', 'start', dir], { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch {
    throw new Error(
      'berth tests need a Docker engine: scripts/engine.sh could not start a private one (see above). ' +
        'Run the tests as root on Debian (it installs docker.io), or set BERTH_TEST_DOCKER_HOST=unix:///path/docker.sock.',
    );
  }
  return { host: `unix://${dir}/docker.sock`, dir };
}

export default async function setup(project: TestProject) {
  shared.berthEngine ??= start();
  shared.berthEngineUsers = (shared.berthEngineUsers ?? 0) + 1;
  const engine = await shared.berthEngine;
  project.provide('dockerHost', engine.host);
  return () => {
    shared.berthEngineUsers = (shared.berthEngineUsers ?? 1) - 1;
    if (shared.berthEngineUsers === 0 && engine.dir) {
      execFileSync('bash', ['scripts/engine.sh', 'stop', engine.dir], { stdio: 'inherit' });
    }
  };
}
