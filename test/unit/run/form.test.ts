// The run dialog's data: prefill → fields, typed fields → a request or an error beside each bad field;
// and a request → the engine's create body.
import { describe, expect, it } from 'vitest';
import { createBody } from '../../../source/docker/run.js';
import { formToRequest, quoteWord, runFormFields } from '../../../source/run/form.js';
import { parseRun } from '../../../source/run/parseRun.js';

const values = (over: Record<string, string>) => ({
  ...Object.fromEntries(runFormFields().map((f) => [f.id, f.value])),
  ...over,
});

describe('the run form', () => {
  it('says what every field expects', () => {
    for (const f of runFormFields()) expect(f.hint, f.id).toBeTruthy();
  });

  it('opens prefilled with an image (from the images pane), detached by default', () => {
    const fields = runFormFields({ image: 'busybox:1.36' });
    expect(fields.find((f) => f.id === 'image')?.value).toBe('busybox:1.36');
    expect(fields.find((f) => f.id === 'mode')?.value).toBe('detached');
  });

  it('reads multi-value fields with the shell’s word rules', () => {
    const result = formToRequest(
      values({
        image: 'busybox',
        command: `sh -c 'echo "a b"'`,
        env: `A=1 'B=two words' C`,
        ports: '127.0.0.1:8080:80 53/udp',
        volumes: '/h:/c:ro named:/d /anon',
        labels: 'x=1 "y=z w"',
        mode: 'interactive',
        restart: 'on-failure',
      }),
      { C: 'from-env' },
    );
    expect(result).toMatchObject({
      request: {
        command: ['sh', '-c', 'echo "a b"'],
        env: ['A=1', 'B=two words', 'C=from-env'],
        ports: [
          { hostIp: '127.0.0.1', hostPort: '8080', containerPort: 80, protocol: 'tcp' },
          { hostIp: '', hostPort: '', containerPort: 53, protocol: 'udp' },
        ],
        volumes: [
          { kind: 'bind', source: '/h', target: '/c', readOnly: true },
          { kind: 'volume', source: 'named', target: '/d' },
          { kind: 'anonymous', target: '/anon' },
        ],
        labels: { x: '1', y: 'z w' },
        detach: false,
        interactive: true,
        tty: true,
        restart: { name: 'on-failure' },
      },
    });
  });

  it('names every bad field at once, and nothing else', () => {
    const result = formToRequest(
      values({
        image: 'Not/Valid',
        name: 'x',
        ports: '80 99999:1',
        env: '=oops',
        volumes: 'rel/path:/x',
        workdir: 'tmp',
        command: "sh -c 'unclosed",
      }),
    );
    expect(result).toHaveProperty('fieldErrors');
    if (!('fieldErrors' in result)) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      ['command', 'env', 'image', 'name', 'ports', 'volumes', 'workdir'].sort(),
    );
    expect(result.fieldErrors.ports).toMatch(/99999.*out of range/);
    expect(result.fieldErrors.command).toMatch(/unterminated single quote/);
  });

  it('refuses --rm with a restart policy', () => {
    const result = formToRequest(values({ image: 'busybox', remove: 'yes', restart: 'always' }));
    expect(result).toMatchObject({ fieldErrors: { restart: expect.stringMatching(/--rm/) } });
  });

  it('quotes words so that the shell rules read them back', () => {
    expect(quoteWord('plain-word_1.2:/x')).toBe('plain-word_1.2:/x');
    expect(quoteWord('two words')).toBe("'two words'");
    expect(quoteWord("it's")).toBe(`'it'\\''s'`);
    expect(quoteWord('')).toBe("''");
  });
});

describe('createBody', () => {
  const body = (line: string) => {
    const parsed = parseRun(line.split(' '));
    if ('error' in parsed) throw new Error(parsed.error.message);
    return createBody(parsed.request);
  };

  it('publishes ports as the docker CLI does: exposed, bound, several bindings per port', () => {
    const b = body('-p 127.0.0.1:8080:80 -p 127.0.0.1:8081:80 -p 53/udp img');
    expect(b.ExposedPorts).toEqual({ '80/tcp': {}, '53/udp': {} });
    expect(b.HostConfig?.PortBindings).toEqual({
      '80/tcp': [
        { HostIp: '127.0.0.1', HostPort: '8080' },
        { HostIp: '127.0.0.1', HostPort: '8081' },
      ],
      '53/udp': [{ HostIp: '', HostPort: '' }],
    });
  });

  it('binds and named volumes go to Binds, anonymous ones to Volumes, --mount to Mounts', () => {
    const b = body('-v /h:/c:ro -v v1:/d -v /anon --mount type=tmpfs,target=/t img');
    expect(b.HostConfig?.Binds).toEqual(['/h:/c:ro', 'v1:/d']);
    expect(b.Volumes).toEqual({ '/anon': {} });
    expect(b.HostConfig?.Mounts).toEqual([{ Type: 'tmpfs', Source: '', Target: '/t', ReadOnly: false }]);
  });

  it('attaches the streams for a foreground run, not for a detached one', () => {
    expect(body('-it img sh')).toMatchObject({
      Tty: true,
      OpenStdin: true,
      StdinOnce: true,
      AttachStdin: true,
      AttachStdout: true,
      Cmd: ['sh'],
    });
    expect(body('-dit img')).toMatchObject({
      Tty: true,
      OpenStdin: true,
      StdinOnce: false,
      AttachStdout: false,
    });
    expect(body('img').Cmd).toBeUndefined();
  });

  it('restart policy, network, --rm, entrypoint as the CLI sends them', () => {
    expect(
      body('--restart on-failure:2 --net none --rm=false --entrypoint /bin/sh img').HostConfig,
    ).toMatchObject({
      RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 2 },
      NetworkMode: 'none',
      AutoRemove: false,
    });
    expect(body('--entrypoint= img').Entrypoint).toEqual(['']);
    expect(body('img').HostConfig?.NetworkMode).toBe('default');
  });
});
