// Credentials where the docker CLI keeps them (a temporary DOCKER_CONFIG, never ~/.docker): the config
// file's auths, and a real credential helper program run with argv and stdin; and the build context
// after .dockerignore.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextEntries } from '../../source/docker/build.js';
import { credentialsFor, storeCredentials } from '../../source/docker/credentials.js';

const dirs: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('registry credentials', () => {
  it('stores auths[registry].auth = base64(user:password), keeping the rest of config.json', async () => {
    const config = temp('berth-cfg-');
    writeFileSync(
      join(config, 'config.json'),
      JSON.stringify({ currentContext: 'x', auths: { 'other.io': { auth: 'b3RoZXI6cHc=' } } }),
    );
    const env = { DOCKER_CONFIG: config };
    expect(await credentialsFor('127.0.0.1:5000', env)).toBeUndefined();
    const where = await storeCredentials('127.0.0.1:5000', 'alice', 'p:ss word', env);
    expect(where).toBe(join(config, 'config.json'));
    const saved = JSON.parse(readFileSync(join(config, 'config.json'), 'utf8'));
    expect(saved.currentContext).toBe('x');
    expect(saved.auths['other.io'].auth).toBe('b3RoZXI6cHc=');
    expect(saved.auths['127.0.0.1:5000'].auth).toBe(Buffer.from('alice:p:ss word').toString('base64'));
    expect(await credentialsFor('127.0.0.1:5000', env)).toEqual({
      username: 'alice',
      password: 'p:ss word',
      identitytoken: undefined,
      serveraddress: '127.0.0.1:5000',
    });
    // keys written with a scheme by older CLIs still match
    expect(await credentialsFor('https://other.io/v1/', env)).toMatchObject({
      username: 'other',
      password: 'pw',
    });
  });

  it('creates the config directory when there is none', async () => {
    const config = join(temp('berth-cfg-'), 'nested', '.docker');
    await storeCredentials('reg.example:443', 'bob', 'secret', { DOCKER_CONFIG: config });
    expect(JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')).auths['reg.example:443'].auth).toBe(
      Buffer.from('bob:secret').toString('base64'),
    );
  });

  it('uses the credential helper named by credsStore: store and get through its stdin', async () => {
    const config = temp('berth-cfg-');
    const bin = temp('berth-bin-');
    const store = join(bin, 'store.json');
    // a helper as the docker CLI runs them: the verb in argv, the request on stdin
    const helper = join(bin, 'docker-credential-berthtest');
    writeFileSync(
      helper,
      `#!/bin/sh\ncase "$1" in\n  store) cat > "${store}" ;;\n  get) read server; if [ -f "${store}" ]; then cat "${store}"; else echo "credentials not found in native keychain"; exit 1; fi ;;\n  *) exit 3 ;;\nesac\n`,
    );
    chmodSync(helper, 0o755);
    writeFileSync(join(config, 'config.json'), JSON.stringify({ credsStore: 'berthtest' }));
    const env = { DOCKER_CONFIG: config };
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    try {
      expect(await credentialsFor('127.0.0.1:5000', env)).toBeUndefined();
      expect(await storeCredentials('127.0.0.1:5000', 'carol', 'hunter2', env)).toBe(
        'docker-credential-berthtest',
      );
      expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({
        ServerURL: '127.0.0.1:5000',
        Username: 'carol',
        Secret: 'hunter2',
      });
      // the file keeps only the registry's name, no secret
      expect(JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')).auths).toEqual({
        '127.0.0.1:5000': {},
      });
      expect(await credentialsFor('127.0.0.1:5000', env)).toMatchObject({
        username: 'carol',
        password: 'hunter2',
      });
    } finally {
      process.env.PATH = path;
    }
  });

  it('says so when the helper is not installed', async () => {
    const config = temp('berth-cfg-');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ credHelpers: { 'x.io': 'nosuchhelper' } }));
    await expect(credentialsFor('x.io', { DOCKER_CONFIG: config })).rejects.toThrow(
      /docker-credential-nosuchhelper is not installed/,
    );
  });
});

describe('the build context', () => {
  it('leaves out what .dockerignore names, keeps exceptions, always sends the Dockerfile', async () => {
    const dir = temp('berth-ctx-');
    for (const f of [
      'Dockerfile',
      'a.txt',
      'secret.env',
      'logs/x.log',
      'logs/keep.log',
      'node_modules/m/i.js',
      'src/s.ts',
    ]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), f);
    }
    writeFileSync(
      join(dir, '.dockerignore'),
      '# comment\n*.env\nlogs/*.log\n!logs/keep.log\nnode_modules\nDockerfile\n',
    );
    const entries = await contextEntries(dir);
    expect(entries).toEqual(
      expect.arrayContaining([
        'Dockerfile',
        '.dockerignore',
        'a.txt',
        'logs',
        'logs/keep.log',
        'src',
        'src/s.ts',
      ]),
    );
    expect(entries).not.toContain('secret.env');
    expect(entries).not.toContain('logs/x.log');
    expect(entries.some((e) => e.startsWith('node_modules'))).toBe(false);
  });
});
