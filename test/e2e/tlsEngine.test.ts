// The command keeps NODE_EXTRA_CA_CERTS from node (node 20 reads the whole file before any JavaScript,
// ~60 ms of each start) and hands it to berth: an engine trusted only through it still opens.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testHost } from '../support/docker.js';
import { CLI, launch } from '../support/pty.js';
import { type TlsEngine, tlsEngine } from '../support/tlsEngine.js';

let engine: TlsEngine;
beforeAll(async () => {
  engine = await tlsEngine(testHost());
});
afterAll(() => engine?.close());

describe('NODE_EXTRA_CA_CERTS', () => {
  it('reaches berth, which opens an engine only those certificates vouch for', async () => {
    const s = launch({ args: ['--host', engine.url], env: { NODE_EXTRA_CA_CERTS: engine.caFile } });
    try {
      await s.waitFor(`${engine.url} · Engine`);
      await s.waitFor(/\d+ containers? \(/);
      s.press('q');
      expect((await s.exited).exitCode).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('does not reach node: a file node cannot read brings no startup warning', async () => {
    const { stdout, stderr } = await promisify(execFile)(CLI, ['--version'], {
      env: { ...process.env, NODE_EXTRA_CA_CERTS: '/nonexistent/berth-ca.pem' },
    });
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(stderr).toBe('');
  });
});
