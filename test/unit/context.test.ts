import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { activeContextName, ContextError, contextHost } from '../../source/docker/context.js';

// A docker CLI config directory laid out as the CLI writes it.
const config = mkdtempSync(join(tmpdir(), 'berth-docker-config-'));
afterAll(() => rmSync(config, { recursive: true, force: true }));

function addContext(name: string, meta: unknown): void {
  const dir = join(config, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
}

addContext('remote', {
  Name: 'remote',
  Endpoints: { docker: { Host: 'ssh://deploy@box', SkipTLSVerify: false } },
});
addContext('empty', { Name: 'empty', Endpoints: {} });
const env = { DOCKER_CONFIG: config };

describe('activeContextName', () => {
  it('prefers the flag, then DOCKER_CONTEXT, then currentContext in config.json', () => {
    writeFileSync(join(config, 'config.json'), JSON.stringify({ currentContext: 'remote' }));
    expect(activeContextName('flag', { ...env, DOCKER_CONTEXT: 'envctx' })).toBe('flag');
    expect(activeContextName(undefined, { ...env, DOCKER_CONTEXT: 'envctx' })).toBe('envctx');
    expect(activeContextName(undefined, env)).toBe('remote');
  });

  it('is undefined (the default context) without a config file or a current context', () => {
    expect(activeContextName(undefined, { DOCKER_CONFIG: join(config, 'missing') })).toBeUndefined();
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: {} }));
    expect(activeContextName(undefined, env)).toBeUndefined();
    writeFileSync(join(config, 'config.json'), 'not json');
    expect(activeContextName(undefined, env)).toBeUndefined();
  });
});

describe('contextHost', () => {
  it('reads the engine address of a named context from its meta.json', () => {
    expect(contextHost('remote', env)).toBe('ssh://deploy@box');
  });

  it('is undefined for the default context', () => {
    expect(contextHost('default', env)).toBeUndefined();
  });

  it('says where it looked and what to run when the context does not exist', () => {
    expect(() => contextHost('nope', env)).toThrow(ContextError);
    expect(() => contextHost('nope', env)).toThrow(/no docker context named "nope".*docker context ls/);
  });

  it('says so when the context names no engine', () => {
    expect(() => contextHost('empty', env)).toThrow(/names no engine address/);
  });
});
