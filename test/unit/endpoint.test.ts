import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SOCKET,
  EndpointError,
  parseEndpoint,
  resolveEndpoint,
} from '../../source/docker/endpoint.js';

describe('parseEndpoint', () => {
  it('reads a unix socket URL and a bare path', () => {
    expect(parseEndpoint('unix:///run/docker.sock', {})).toEqual({
      url: 'unix:///run/docker.sock',
      socketPath: '/run/docker.sock',
    });
    expect(parseEndpoint('/tmp/x.sock', {})).toEqual({
      url: 'unix:///tmp/x.sock',
      socketPath: '/tmp/x.sock',
    });
  });

  it('reads tcp with the plain and the TLS default ports', () => {
    expect(parseEndpoint('tcp://10.0.0.5', {})).toMatchObject({
      protocol: 'http',
      host: '10.0.0.5',
      port: 2375,
    });
    expect(parseEndpoint('tcp://h:1234', {})).toMatchObject({ protocol: 'http', host: 'h', port: 1234 });
    expect(parseEndpoint('tcp://h', { DOCKER_TLS_VERIFY: '1' })).toMatchObject({
      protocol: 'https',
      port: 2376,
    });
    expect(parseEndpoint('tcp://h', { DOCKER_TLS_VERIFY: '0' })).toMatchObject({
      protocol: 'http',
      port: 2375,
    });
    expect(parseEndpoint('https://h', {})).toMatchObject({ protocol: 'https', port: 2376 });
  });

  it('reads ssh with a user and the default port', () => {
    expect(parseEndpoint('ssh://deploy@box', {})).toEqual({
      url: 'ssh://deploy@box',
      protocol: 'ssh',
      host: 'box',
      port: 22,
      username: 'deploy',
    });
  });

  it('trims whitespace around the address', () => {
    expect(parseEndpoint('  unix:///a.sock \n', {}).socketPath).toBe('/a.sock');
  });

  it('rejects what is not an engine address, with a message that says what to write', () => {
    expect(() => parseEndpoint('unix://', {})).toThrow(EndpointError);
    expect(() => parseEndpoint('unix://', {})).toThrow(/unix:\/\/\/path/);
    expect(() => parseEndpoint('localhost:2375', {})).toThrow(/tcp:\/\/host:port/);
    expect(() => parseEndpoint('ftp://x', {})).toThrow(EndpointError);
  });

  describe('with DOCKER_CERT_PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-certs-'));
    for (const f of ['ca', 'cert', 'key']) writeFileSync(join(dir, `${f}.pem`), `${f}-data`);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('loads ca, cert and key for a TLS engine', () => {
      const e = parseEndpoint('tcp://h:2376', { DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: dir });
      expect(e.tls?.ca?.toString()).toBe('ca-data');
      expect(e.tls?.cert?.toString()).toBe('cert-data');
      expect(e.tls?.key?.toString()).toBe('key-data');
    });
  });
});

describe('resolveEndpoint', () => {
  it('prefers --host, then DOCKER_HOST, then the default socket', () => {
    expect(resolveEndpoint('unix:///flag.sock', { DOCKER_HOST: 'unix:///env.sock' }).socketPath).toBe(
      '/flag.sock',
    );
    expect(resolveEndpoint(undefined, { DOCKER_HOST: 'unix:///env.sock' }).socketPath).toBe('/env.sock');
    expect(resolveEndpoint(undefined, {}).socketPath).toBe(DEFAULT_SOCKET);
    expect(resolveEndpoint('', {}).url).toBe(`unix://${DEFAULT_SOCKET}`);
  });
});
