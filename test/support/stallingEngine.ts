// The private engine behind a unix socket of the test's own that passes every request on except those
// whose request line matches `stall`: those it holds open and never answers, as dockerd 20.10 does for
// `GET /networks` when its networking code has deadlocked (moby/moby#46661).
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StallingEngine {
  /** unix://… of the proxy */
  host: string;
  /** Requests held so far. */
  stalled(): number;
  close(): Promise<void>;
}

export async function stallingEngine(unixHost: string, stall: RegExp): Promise<StallingEngine> {
  if (!unixHost.startsWith('unix://'))
    throw new Error(`a stalling engine needs a unix:// engine, got ${unixHost}`);
  const upstream = unixHost.slice('unix://'.length);
  const dir = mkdtempSync(join(tmpdir(), 'berth-stall-'));
  const path = join(dir, 'docker.sock');
  const open = new Set<Socket>();
  let stalled = 0;
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n');
      if (end < 0) return;
      client.off('data', onData);
      if (stall.test(head.toString('latin1', 0, end))) {
        stalled++;
        return; // held: read on, answer never
      }
      const engine = connect(upstream);
      open.add(engine);
      engine.on('close', () => {
        open.delete(engine);
        client.destroy();
      });
      engine.on('error', () => client.destroy());
      client.on('close', () => engine.destroy());
      engine.write(head);
      client.pipe(engine);
      engine.pipe(client);
    };
    client.on('data', onData);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(path, done);
  });
  return {
    host: `unix://${path}`,
    stalled: () => stalled,
    async close() {
      for (const s of open) s.destroy();
      await new Promise((done) => server.close(done));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
