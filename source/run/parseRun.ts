// A docker-run command line (already split into words, see source/input/shellWords.ts) → a validated
// RunRequest, or an error naming the flag and the problem. Follows the docker CLI (pflag): short and long
// forms, --flag=value and --flag value, -eKEY=V, combined short booleans (-dit), repeated flags, flags
// only before the image (everything after it is the command), `--` ends the flags. Pure; never throws.
import { emptyRequest, type RunError, type RunField, type RunRequest } from './request.js';
import {
  type Checked,
  checkEnv,
  checkHostname,
  checkImage,
  checkLabel,
  checkMount,
  checkName,
  checkNetwork,
  checkPort,
  checkRestart,
  checkUser,
  checkVolume,
  checkWorkdir,
} from './specs.js';

export type Environment = Record<string, string | undefined>;
export type ParseResult = { request: RunRequest } | { error: RunError };

interface FlagDef {
  long: string;
  short?: string;
  aliases?: string[];
  /** Takes no value (but accepts --flag=true|false). */
  bool?: boolean;
  field: RunField;
  /** Help text for the usage list. */
  help: string;
  /** Applies the value; returns the problem, if any. */
  apply: (request: RunRequest, value: string, env: Environment) => string | undefined;
}

function take<T>(checked: Checked<T>, set: (value: T) => void): string | undefined {
  if ('error' in checked) return checked.error;
  set(checked.value);
  return undefined;
}

const boolValue = (value: string): boolean => value === 'true' || value === '1';

const setBool =
  (key: 'detach' | 'interactive' | 'tty' | 'remove' | 'publishAll') =>
  (request: RunRequest, value: string): undefined => {
    request[key] = boolValue(value);
  };

export const RUN_FLAGS: readonly FlagDef[] = [
  {
    long: 'detach',
    short: 'd',
    bool: true,
    field: 'mode',
    help: 'run in the background',
    apply: setBool('detach'),
  },
  {
    long: 'interactive',
    short: 'i',
    bool: true,
    field: 'mode',
    help: 'keep stdin open',
    apply: setBool('interactive'),
  },
  {
    long: 'tty',
    short: 't',
    bool: true,
    field: 'mode',
    help: 'allocate a terminal',
    apply: setBool('tty'),
  },
  {
    long: 'rm',
    bool: true,
    field: 'remove',
    help: 'remove the container when it exits',
    apply: setBool('remove'),
  },
  {
    long: 'publish-all',
    short: 'P',
    bool: true,
    field: 'ports',
    help: 'publish every exposed port on a random host port',
    apply: setBool('publishAll'),
  },
  {
    long: 'name',
    field: 'name',
    help: 'NAME',
    apply: (r, v) => take(checkName(v), (n) => (r.name = n)),
  },
  {
    long: 'env',
    short: 'e',
    field: 'env',
    help: 'KEY=VALUE (KEY alone: from berth’s environment)',
    apply: (r, v, env) => take(checkEnv(v, env), (e) => r.env.push(e)),
  },
  {
    long: 'volume',
    short: 'v',
    field: 'volumes',
    help: '/host:/ctr[:ro], name:/ctr, /ctr',
    apply: (r, v) => take(checkVolume(v), (s) => r.volumes.push(s)),
  },
  {
    long: 'mount',
    field: 'volumes',
    help: 'type=bind|volume|tmpfs,source=…,target=…[,readonly]',
    apply: (r, v) => take(checkMount(v), (m) => r.mounts.push(m)),
  },
  {
    long: 'publish',
    short: 'p',
    field: 'ports',
    help: '[ip:]hostPort:containerPort[/tcp|udp]',
    apply: (r, v) => take(checkPort(v), (p) => r.ports.push(...p)),
  },
  {
    long: 'restart',
    field: 'restart',
    help: 'no|always|unless-stopped|on-failure[:N]',
    apply: (r, v) => take(checkRestart(v), (s) => (r.restart = s)),
  },
  {
    long: 'network',
    aliases: ['net'],
    field: 'network',
    help: 'none|host|bridge|NAME',
    apply: (r, v) => take(checkNetwork(v), (n) => (r.network = n)),
  },
  {
    long: 'label',
    short: 'l',
    field: 'labels',
    help: 'key=value',
    apply: (r, v) =>
      take(checkLabel(v), ([k, val]) => {
        r.labels[k] = val;
      }),
  },
  {
    long: 'workdir',
    short: 'w',
    field: 'workdir',
    help: '/path in the container',
    apply: (r, v) => take(checkWorkdir(v), (w) => (r.workdir = w)),
  },
  {
    long: 'user',
    short: 'u',
    field: 'user',
    help: 'name|uid[:gid]',
    apply: (r, v) => take(checkUser(v), (u) => (r.user = u)),
  },
  {
    long: 'entrypoint',
    field: 'entrypoint',
    help: 'the program to run instead of the image’s',
    // the docker CLI sends the string as one word; "" resets the image's entrypoint
    apply: (r, v) => {
      r.entrypoint = [v];
      return undefined;
    },
  },
  {
    long: 'hostname',
    short: 'h',
    field: 'hostname',
    help: 'the container’s host name',
    apply: (r, v) => take(checkHostname(v), (h) => (r.hostname = h)),
  },
];

const BY_LONG = new Map<string, FlagDef>();
const BY_SHORT = new Map<string, FlagDef>();
for (const f of RUN_FLAGS) {
  BY_LONG.set(f.long, f);
  for (const a of f.aliases ?? []) BY_LONG.set(a, f);
  if (f.short) BY_SHORT.set(f.short, f);
}

const fail = (field: RunField, message: string): ParseResult => ({ error: { field, message } });

/** The flag as written in messages: --publish (-p). */
function flagName(f: FlagDef): string {
  return `--${f.long}`;
}

/** Drops a leading `docker run`, `docker container run` or `run`. */
function stripPrefix(words: string[]): string[] | { error: string } {
  let rest = words;
  if (rest[0] === 'docker') {
    rest = rest.slice(1);
    if (rest[0] === 'container') rest = rest.slice(1);
    if (rest[0] !== 'run')
      return { error: `only "docker run" is understood here, not "docker ${rest[0] ?? ''}"` };
  }
  if (rest[0] === 'run') rest = rest.slice(1);
  return rest;
}

/** Checks the request as a whole (what no single flag can know). */
export function checkRequest(request: RunRequest): RunError | undefined {
  if (request.remove && request.restart.name !== 'no')
    return {
      field: 'restart',
      message: 'conflicting options: --restart and --rm (a removed container cannot restart)',
    };
  if (request.network?.startsWith('container:') && (request.ports.length || request.publishAll))
    return { field: 'ports', message: 'conflicting options: publishing ports and --network container:…' };
  return undefined;
}

export function parseRun(input: readonly string[], env: Environment = {}): ParseResult {
  const stripped = stripPrefix([...input]);
  if (!Array.isArray(stripped)) return fail('flags', stripped.error);
  const words = stripped;
  const request = emptyRequest();
  let i = 0;
  const apply = (flag: FlagDef, value: string): ParseResult | undefined => {
    const problem = flag.apply(request, value, env);
    return problem ? fail(flag.field, `${flagName(flag)}: ${problem}`) : undefined;
  };
  for (; i < words.length; i++) {
    const word = words[i]!;
    if (word === '--') {
      i++;
      break;
    }
    if (!word.startsWith('-') || word === '-') break;
    if (word.startsWith('--')) {
      const eq = word.indexOf('=');
      const name = eq < 0 ? word.slice(2) : word.slice(2, eq);
      const flag = BY_LONG.get(name);
      if (!flag) return fail('flags', `unknown flag: --${name} (berth's run knows: ${knownFlags()})`);
      let value: string;
      if (eq >= 0) value = word.slice(eq + 1);
      else if (flag.bool) value = 'true';
      else {
        if (i + 1 >= words.length) return fail(flag.field, `${flagName(flag)} needs a value (${flag.help})`);
        value = words[++i]!;
      }
      if (flag.bool && !/^(true|false|1|0)$/.test(value))
        return fail(flag.field, `${flagName(flag)} takes true or false, not "${value}"`);
      const error = apply(flag, value);
      if (error) return error;
      continue;
    }
    // a cluster of short flags: booleans, then at most one flag that takes the rest (or the next word)
    const cluster = word.slice(1);
    for (let j = 0; j < cluster.length; j++) {
      const letter = cluster[j]!;
      const flag = BY_SHORT.get(letter);
      if (!flag) return fail('flags', `unknown flag: -${letter}${cluster.length > 1 ? ` in ${word}` : ''}`);
      if (flag.bool) {
        let value = 'true';
        if (cluster[j + 1] === '=') {
          value = cluster.slice(j + 2);
          if (!/^(true|false|1|0)$/.test(value))
            return fail(flag.field, `-${letter} takes true or false, not "${value}"`);
          j = cluster.length;
        }
        const error = apply(flag, value);
        if (error) return error;
        continue;
      }
      let value = cluster.slice(j + 1);
      if (value.startsWith('=')) value = value.slice(1);
      else if (!value) {
        if (i + 1 >= words.length)
          return fail(flag.field, `-${letter} (${flagName(flag)}) needs a value (${flag.help})`);
        value = words[++i]!;
      }
      const error = apply(flag, value);
      if (error) return error;
      break;
    }
  }
  const image = words[i];
  if (image === undefined)
    return fail('image', 'an image is required after the flags: run [flags] IMAGE [COMMAND] [ARG…]');
  const checked = checkImage(image);
  if ('error' in checked) return fail('image', `image: ${checked.error}`);
  request.image = checked.value;
  request.command = words.slice(i + 1);
  const whole = checkRequest(request);
  if (whole) return { error: whole };
  return { request };
}

function knownFlags(): string {
  return RUN_FLAGS.map((f) => (f.short ? `-${f.short}` : `--${f.long}`)).join(' ');
}

/** For help texts: every flag berth's run understands. */
export function runUsage(): string[] {
  return RUN_FLAGS.map((f) => {
    const names = [f.short ? `-${f.short}` : '', `--${f.long}`, ...(f.aliases ?? []).map((a) => `--${a}`)]
      .filter(Boolean)
      .join(', ');
    return `${names}${f.bool ? '' : ' VALUE'}  ${f.help}`;
  });
}
