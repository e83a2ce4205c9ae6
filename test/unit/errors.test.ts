import { describe, expect, it } from 'vitest';
import { classifyError, describeError } from '../../source/docker/errors.js';

const sysError = (code: string) => Object.assign(new Error(`connect ${code} /x.sock`), { code });
// What docker-modem rejects with for an engine error: the status, and the engine's JSON body.
const httpError = (statusCode: number, message: string) =>
  Object.assign(new Error(`(HTTP code ${statusCode}) unexpected - ${message} `), {
    statusCode,
    json: { message },
  });

describe('classifyError', () => {
  it.each(['ENOENT', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND'])(
    'calls %s a daemon that is down, naming the endpoint and what to try',
    (code) => {
      const e = classifyError(sysError(code), 'unix:///nope.sock');
      expect(e.kind).toBe('daemon-down');
      expect(e.message).toBe(`cannot reach the engine at unix:///nope.sock (${code})`);
      expect(e.hint).toMatch(/dockerd running.*--host or DOCKER_HOST/);
    },
  );

  it('says the socket is not ours to use on EACCES', () => {
    const e = classifyError(sysError('EACCES'), 'unix:///var/run/docker.sock');
    expect(e.kind).toBe('permission');
    expect(e.message).toContain('unix:///var/run/docker.sock');
    expect(e.hint).toMatch(/docker group/);
  });

  it('calls ETIMEDOUT a timeout', () => {
    expect(classifyError(sysError('ETIMEDOUT')).kind).toBe('timeout');
  });

  it('maps engine status codes and keeps the engine’s own words without the modem prefix', () => {
    const conflict = classifyError(httpError(409, 'Conflict. The container name "/a" is already in use'));
    expect(conflict).toEqual({
      kind: 'conflict',
      message: 'Conflict. The container name "/a" is already in use',
    });
    expect(classifyError(httpError(404, 'No such container: zz')).kind).toBe('not-found');
    expect(classifyError(httpError(400, 'bad parameter')).kind).toBe('bad-request');
    expect(classifyError(httpError(403, 'forbidden')).kind).toBe('permission');
    expect(classifyError(httpError(304, '')).message).toMatch(/already in that state/);
  });

  it('strips the modem prefix when there is no JSON body', () => {
    const err = Object.assign(new Error('(HTTP code 500) server error - boom'), { statusCode: 500 });
    expect(classifyError(err)).toEqual({ kind: 'unknown', message: 'boom' });
  });

  it('never throws on odd values', () => {
    expect(classifyError(undefined).kind).toBe('unknown');
    expect(classifyError(null).kind).toBe('unknown');
    expect(classifyError('plain text').message).toBe('plain text');
    expect(classifyError({}).message).toBe('unknown error');
  });
});

describe('describeError', () => {
  it('joins the message and the hint', () => {
    expect(describeError({ kind: 'daemon-down', message: 'down', hint: 'start it' })).toBe('down — start it');
    expect(describeError({ kind: 'conflict', message: 'in use' })).toBe('in use');
  });
});
