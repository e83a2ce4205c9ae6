// An engine behind TLS whose certificate only NODE_EXTRA_CA_CERTS vouches for. berth's command hides that
// variable from node (it costs ~60 ms of every start; scripts/launcher.cjs), so berth must add those
// certificates itself: with them the engine answers, without them the connection is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../source/docker/client.js';
import { parseEndpoint } from '../../source/docker/endpoint.js';
import { testHost } from '../support/docker.js';
import { type TlsEngine, tlsEngine } from '../support/tlsEngine.js';

let engine: TlsEngine;
beforeAll(async () => {
  engine = await tlsEngine(testHost());
});
afterAll(() => engine?.close());

describe('an https engine', () => {
  it('is trusted through NODE_EXTRA_CA_CERTS, and answers', async () => {
    const client = createClient(parseEndpoint(engine.url, { NODE_EXTRA_CA_CERTS: engine.caFile }));
    const v = await client.version();
    expect(v.version).toMatch(/^\d+\.\d+/);
  });

  it('is refused without it: its certificate is signed by no authority node knows', async () => {
    const client = createClient(parseEndpoint(engine.url, {}));
    await expect(client.version()).rejects.toThrow(/certificate|self.signed|issuer/i);
  });
});
