// The private engine behind TLS on loopback: a certificate authority of the test's own (made with
// openssl), a server certificate it signs for 127.0.0.1, and a TLS listener that passes each connection
// on to the engine's unix socket. A client trusts it only through NODE_EXTRA_CA_CERTS=ca.pem.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:tls';

export interface TlsEngine {
  /** https://127.0.0.1:PORT */
  url: string;
  /** The authority's certificate (PEM file). */
  caFile: string;
  close(): Promise<void>;
}

function openssl(dir: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

export async function tlsEngine(unixHost: string): Promise<TlsEngine> {
  if (!unixHost.startsWith('unix://'))
    throw new Error(`a TLS engine needs a unix:// engine, got ${unixHost}`);
  const socketPath = unixHost.slice('unix://'.length);
  const dir = mkdtempSync(join(tmpdir(), 'berth-tls-'));
  openssl(
    dir,
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=berth test CA',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
  );
  openssl(
    dir,
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-subj',
    '/CN=127.0.0.1',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
  );
  writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '2',
    '-extfile',
    'san.ext',
    '-out',
    'server.pem',
  );
  const open = new Set<Socket>();
  const server = createServer(
    { key: readFileSync(join(dir, 'server.key')), cert: readFileSync(join(dir, 'server.pem')) },
    (client) => {
      const engine = connect(socketPath);
      open.add(client).add(engine);
      client.pipe(engine).pipe(client);
      const done = () => {
        client.destroy();
        engine.destroy();
        open.delete(client);
        open.delete(engine);
      };
      client.on('error', done).on('close', done);
      engine.on('error', done).on('close', done);
    },
  );
  // a client that does not trust the certificate hangs up mid-handshake: that is the server's business
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the TLS listener has no port');
  return {
    url: `https://127.0.0.1:${address.port}`,
    caFile: join(dir, 'ca.pem'),
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          closed();
        });
        // connections still open (an event stream) would keep the listener from closing
        for (const socket of open) socket.destroy();
      }),
  };
}
