// A real registry for push, pull and login tests: Debian's docker-registry (distribution 2.8) on
// 127.0.0.1 with an htpasswd user. Each call gets its own port and storage, so test runs never collide.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Registry {
  /** host:port, as used in image references: 127.0.0.1:5123 */
  address: string;
  user: string;
  password: string;
  stop(): Promise<void>;
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

export async function startRegistry(options: { auth?: boolean } = {}): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'berth-registry-'));
  const user = 'berth';
  const password = 'berth-test-password';
  let auth = '';
  if (options.auth ?? true) {
    const line = execFileSync('htpasswd', ['-Bbn', user, password], { encoding: 'utf8' });
    writeFileSync(join(dir, 'htpasswd'), line);
    auth = `auth:\n  htpasswd:\n    realm: berth-test\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  for (let attempt = 0; attempt < 10; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    if (await portOpen(port)) continue;
    const config = join(dir, 'config.yml');
    writeFileSync(
      config,
      `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n` +
        `  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:${port}\n  secret: berth-test\n${auth}`,
    );
    const child: ChildProcess = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
    let exited = false;
    child.on('exit', () => {
      exited = true;
    });
    for (let i = 0; i < 100 && !exited; i++) {
      if (await portOpen(port)) {
        return {
          address: `127.0.0.1:${port}`,
          user,
          password,
          async stop() {
            child.kill('SIGTERM');
            await new Promise((r) => setTimeout(r, 100));
            rmSync(dir, { recursive: true, force: true });
          },
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
  throw new Error('could not start docker-registry on 127.0.0.1 (is the docker-registry package installed?)');
}
