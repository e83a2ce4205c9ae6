// The docker-run parser: every flag berth supports, in every form the docker CLI accepts, and the errors.
import { describe, expect, it } from 'vitest';
import { shellWords } from '../../../source/input/shellWords.js';
import { parseRun } from '../../../source/run/parseRun.js';
import type { PortSpec, RunRequest } from '../../../source/run/request.js';

const ENV = { HOME_VAR: 'from-berth' };

function parse(line: string) {
  const words = shellWords(line);
  if ('error' in words) throw new Error(words.error);
  return parseRun(words.words, ENV);
}

function request(line: string): RunRequest {
  const result = parse(line);
  if ('error' in result) throw new Error(`${line}: ${result.error.message}`);
  return result.request;
}

const tcp = (containerPort: number, hostPort = '', hostIp = ''): PortSpec => ({
  hostIp,
  hostPort,
  containerPort,
  protocol: 'tcp',
});

describe('parseRun: what each flag sets', () => {
  const cases: [string, Partial<RunRequest>][] = [
    ['busybox', { image: 'busybox', command: [], detach: false }],
    ['docker run busybox', { image: 'busybox' }],
    ['docker container run busybox', { image: 'busybox' }],
    ['run busybox', { image: 'busybox' }],
    ['-d busybox', { detach: true }],
    ['--detach busybox', { detach: true }],
    ['--detach=true busybox', { detach: true }],
    ['--detach=false busybox', { detach: false }],
    ['-d=false busybox', { detach: false }],
    ['-i busybox', { interactive: true, tty: false }],
    ['--interactive busybox', { interactive: true }],
    ['-t busybox', { tty: true }],
    ['--tty busybox', { tty: true }],
    ['-it busybox sh', { interactive: true, tty: true, command: ['sh'] }],
    ['-dit busybox', { detach: true, interactive: true, tty: true }],
    ['-i -t busybox', { interactive: true, tty: true }],
    ['--rm busybox', { remove: true }],
    ['-P busybox', { publishAll: true }],
    ['--publish-all busybox', { publishAll: true }],
    ['--name web busybox', { name: 'web' }],
    ['--name=web busybox', { name: 'web' }],
    ['--name /web busybox', { name: 'web' }],
    ['-e A=1 busybox', { env: ['A=1'] }],
    ['-eA=1 busybox', { env: ['A=1'] }],
    ['-e=A=1 busybox', { env: ['A=1'] }],
    ['--env A=1 busybox', { env: ['A=1'] }],
    ['--env=A=1 busybox', { env: ['A=1'] }],
    ['-e A=1 -e B=2 --env C= busybox', { env: ['A=1', 'B=2', 'C='] }],
    ['-e "GREETING=hello world" busybox', { env: ['GREETING=hello world'] }],
    ["-e 'Q=it''s' busybox", { env: ['Q=its'] }],
    ['-e A=x=y busybox', { env: ['A=x=y'] }],
    ['-e HOME_VAR busybox', { env: ['HOME_VAR=from-berth'] }],
    ['-e NOT_SET_ANYWHERE busybox', { env: ['NOT_SET_ANYWHERE'] }],
    [
      '-v /host/data:/container/data busybox',
      {
        volumes: [
          { kind: 'bind', source: '/host/data', target: '/container/data', mode: '', readOnly: false },
        ],
      },
    ],
    [
      '--volume=/h:/c:ro busybox',
      { volumes: [{ kind: 'bind', source: '/h', target: '/c', mode: 'ro', readOnly: true }] },
    ],
    [
      '-v data:/var/lib/data:rw,nocopy busybox',
      {
        volumes: [
          { kind: 'volume', source: 'data', target: '/var/lib/data', mode: 'rw,nocopy', readOnly: false },
        ],
      },
    ],
    ['-v /cache busybox', { volumes: [{ kind: 'anonymous', target: '/cache', mode: '', readOnly: false }] }],
    [
      '-v /cache:ro busybox',
      { volumes: [{ kind: 'anonymous', target: '/cache', mode: 'ro', readOnly: true }] },
    ],
    [
      '-v /a:/b -v c1:/d busybox',
      {
        volumes: [
          { kind: 'bind', source: '/a', target: '/b', mode: '', readOnly: false },
          { kind: 'volume', source: 'c1', target: '/d', mode: '', readOnly: false },
        ],
      },
    ],
    [
      '--mount type=bind,source=/h,target=/c,readonly busybox',
      { mounts: [{ type: 'bind', source: '/h', target: '/c', readOnly: true }] },
    ],
    [
      '--mount type=tmpfs,dst=/run busybox',
      { mounts: [{ type: 'tmpfs', source: undefined, target: '/run', readOnly: false }] },
    ],
    [
      '--mount=src=vol1,target=/v busybox',
      { mounts: [{ type: 'volume', source: 'vol1', target: '/v', readOnly: false }] },
    ],
    ['-p 80 busybox', { ports: [tcp(80)] }],
    ['-p 8080:80 busybox', { ports: [tcp(80, '8080')] }],
    ['-p8080:80 busybox', { ports: [tcp(80, '8080')] }],
    ['--publish 127.0.0.1:8080:80 busybox', { ports: [tcp(80, '8080', '127.0.0.1')] }],
    ['--publish=127.0.0.1::80 busybox', { ports: [tcp(80, '', '127.0.0.1')] }],
    ['-p 127.0.0.1:5353:53/udp busybox', { ports: [{ ...tcp(53, '5353', '127.0.0.1'), protocol: 'udp' }] }],
    ['-p [::1]:8080:80 busybox', { ports: [tcp(80, '8080', '::1')] }],
    ['-p 8000-8001:80-81 busybox', { ports: [tcp(80, '8000'), tcp(81, '8001')] }],
    ['-p 8000-8010:80 busybox', { ports: [tcp(80, '8000-8010')] }],
    ['-p 1:1 -p 2:2/tcp busybox', { ports: [tcp(1, '1'), tcp(2, '2')] }],
    ['--restart always busybox', { restart: { name: 'always' } }],
    ['--restart=unless-stopped busybox', { restart: { name: 'unless-stopped' } }],
    ['--restart no busybox', { restart: { name: 'no' } }],
    ['--restart on-failure busybox', { restart: { name: 'on-failure' } }],
    ['--restart on-failure:3 busybox', { restart: { name: 'on-failure', maxRetries: 3 } }],
    ['--network none busybox', { network: 'none' }],
    ['--net=host busybox', { network: 'host' }],
    ['--network container:web busybox', { network: 'container:web' }],
    ['-l a=b busybox', { labels: { a: 'b' } }],
    ['--label a=b -l c --label=d=e=f busybox', { labels: { a: 'b', c: '', d: 'e=f' } }],
    ['-w /srv busybox', { workdir: '/srv' }],
    ['--workdir=/srv busybox', { workdir: '/srv' }],
    ['-u 1000:1000 busybox', { user: '1000:1000' }],
    ['--user nobody busybox', { user: 'nobody' }],
    ['--entrypoint /bin/echo busybox hi', { entrypoint: ['/bin/echo'], command: ['hi'] }],
    ['--entrypoint "" busybox', { entrypoint: [''] }],
    ['-h box busybox', { hostname: 'box' }],
    ['--hostname=box busybox', { hostname: 'box' }],
    ['busybox sh -c "echo hi; exit 3"', { command: ['sh', '-c', 'echo hi; exit 3'] }],
    ['busybox ls -la --color', { command: ['ls', '-la', '--color'] }],
    ['-d busybox -d', { detach: true, command: ['-d'] }],
    ['-- busybox', { image: 'busybox' }],
    ['-dp 127.0.0.1:1:2 busybox', { detach: true, ports: [tcp(2, '1', '127.0.0.1')] }],
    ['-de A=1 busybox', { detach: true, env: ['A=1'] }],
  ];
  it.each(cases)('%s', (line, expected) => {
    expect(request(line)).toMatchObject(expected);
  });
});

describe('parseRun: images', () => {
  const good = [
    'busybox',
    'busybox:latest',
    'library/busybox:1.36.1',
    'docker.io/library/busybox',
    'localhost/app',
    'localhost:5000/team/app:v1.2-rc_3',
    '127.0.0.1:5000/berth/test:latest',
    'my-registry.example.com/a/b/c',
    'a__b/c.d/e-f---g',
    `busybox@sha256:${'a'.repeat(64)}`,
    `registry:5000/app:1@sha256:${'0'.repeat(64)}`,
  ];
  it.each(good)('accepts %s', (image) => {
    expect(request(image).image).toBe(image);
  });
  const badImages: [string, RegExp][] = [
    ['Busybox', /lowercase/],
    ['team/App', /lowercase/],
    ['busybox:', /tag/],
    ['busybox:-x', /tag/],
    [`busybox:${'x'.repeat(129)}`, /tag/],
    ['busybox@sha256:abc', /digest/],
    ['-bad', /unknown flag/],
    ['a..b', /repository name/],
    ['a/', /repository name/],
    ['/a', /repository name/],
    ['reg:x/app', /port/],
    ['_x', /repository name/],
  ];
  it.each(badImages)('refuses %s', (image, problem) => {
    const result = parseRun([image]);
    expect('error' in result && result.error.message).toMatch(problem);
  });
});

describe('parseRun: errors name the flag and the problem', () => {
  const cases: [string, string, RegExp][] = [
    ['', 'image', /an image is required/],
    ['-d', 'image', /an image is required/],
    ['--bogus busybox', 'flags', /unknown flag: --bogus/],
    ['-z busybox', 'flags', /unknown flag: -z/],
    ['-dz busybox', 'flags', /unknown flag: -z in -dz/],
    ['docker ps', 'flags', /only "docker run"/],
    ['--name busybox', 'image', /an image is required/],
    ['--name', 'name', /--name needs a value/],
    ['--name x busybox', 'name', /--name: "x" is not a container name/],
    ['--name "my box" busybox', 'name', /--name: .*not a container name/],
    ['--name -x busybox', 'name', /--name/],
    ['-e =v busybox', 'env', /--env: "=v" has no variable name/],
    ['-e "A B=1" busybox', 'env', /--env: .*white space/],
    ['-p 80x busybox', 'ports', /--publish: "80x".*not a port/],
    ['-p 70000:80 busybox', 'ports', /--publish: .*out of range/],
    ['-p 0:80 busybox', 'ports', /--publish: .*out of range/],
    ['-p 1.2.3:80:80 busybox', 'ports', /not an IP address/],
    ['-p 999.1.1.1:80:80 busybox', 'ports', /not an IP address/],
    ['-p 80/xyz busybox', 'ports', /protocol "xyz"/],
    ['-p 8000-8002:80-81 busybox', 'ports', /differ in size/],
    ['-p 90-80 busybox', 'ports', /ends before it starts/],
    ['-p : busybox', 'ports', /container port is missing/],
    ['-p 1:2:3:4 busybox', 'ports', /not \[ip:\]/],
    ['-v data busybox', 'volumes', /--volume: .*must be absolute/],
    ['-v ./data:/d busybox', 'volumes', /neither an absolute host path nor a volume name/],
    ['-v /h:/c:xx busybox', 'volumes', /mode "xx"/],
    ['-v /h:/c:ro,rw busybox', 'volumes', /both ro and rw/],
    ['-v /h:c busybox', 'volumes', /mode "c"/],
    ['-v /h:/ busybox', 'volumes', /cannot be \//],
    ['-v a:b:c:d busybox', 'volumes', /is not/],
    ['--mount type=bind,target=/x busybox', 'volumes', /--mount: .*absolute host path/],
    ['--mount source=v busybox', 'volumes', /target= .* is required/],
    ['--mount type=nfs,target=/x busybox', 'volumes', /type "nfs"/],
    ['--mount type=volume,target=/x,bogus=1 busybox', 'volumes', /mount option "bogus"/],
    ['--restart sometimes busybox', 'restart', /--restart: "sometimes" is not/],
    ['--restart always:3 busybox', 'restart', /only on-failure/],
    ['--restart on-failure:x busybox', 'restart', /whole number/],
    ['--rm --restart always busybox', 'restart', /conflicting options: --restart and --rm/],
    ['--network "" busybox', 'network', /--network: a network name is required/],
    ['-l =x busybox', 'labels', /--label: .*no label key/],
    ['-w relative busybox', 'workdir', /--workdir: "relative" must be an absolute path/],
    ['-u "a b" busybox', 'user', /--user/],
    ['-u a:b:c busybox', 'user', /--user/],
    ['--rm=maybe busybox', 'remove', /--rm takes true or false/],
    ['-d=yes busybox', 'mode', /-d takes true or false/],
    ['--network container:web -p 1:1 busybox', 'ports', /conflicting options/],
    ['-e', 'env', /-e \(--env\) needs a value/],
  ];
  it.each(cases)('%s', (line, field, message) => {
    const result = parse(line);
    expect(result).toHaveProperty('error');
    if (!('error' in result)) return;
    expect(result.error.field).toBe(field);
    expect(result.error.message).toMatch(message);
  });
});

describe('parseRun: the seed examples from the issue', () => {
  it.each([
    ['docker run hello-world', { image: 'hello-world', detach: false }],
    ['docker run -d nginx', { image: 'nginx', detach: true }],
    ['docker run -d --name my_nginx nginx', { image: 'nginx', name: 'my_nginx', detach: true }],
    ['docker run -it ubuntu bash', { image: 'ubuntu', interactive: true, tty: true, command: ['bash'] }],
    ['docker run -e MY_VAR=HelloDocker ubuntu', { env: ['MY_VAR=HelloDocker'] }],
    [
      'docker run -v /host/data:/container/data ubuntu',
      {
        volumes: [
          { kind: 'bind', source: '/host/data', target: '/container/data', mode: '', readOnly: false },
        ],
      },
    ],
    [
      'docker run -d -p 127.0.0.1:8080:80 --restart unless-stopped --name web nginx:latest',
      {
        image: 'nginx:latest',
        name: 'web',
        detach: true,
        ports: [tcp(80, '8080', '127.0.0.1')],
        restart: { name: 'unless-stopped' },
      },
    ],
  ] as [string, Partial<RunRequest>][])('%s', (line, expected) => {
    expect(request(line)).toMatchObject(expected);
    // and the same without the leading "docker run"
    expect(request(line.replace(/^docker run /, ''))).toMatchObject(expected);
  });
});
