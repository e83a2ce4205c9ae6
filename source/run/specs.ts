// Validators for the values of docker-run flags, one per kind, following the docker CLI's own rules
// (distribution's reference grammar, the engine's name pattern, the CLI's port and volume syntax). Pure.
import type { MountSpec, PortSpec, Protocol, RestartSpec, VolumeSpec } from './request.js';

export type Checked<T> = { value: T } | { error: string };

const ok = <T>(value: T): Checked<T> => ({ value });
const bad = <T>(error: string): Checked<T> => ({ error });

// distribution/reference: path components are lowercase; the first may be a registry host[:port].
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}$/;
const NAME_TOTAL_MAX = 255;

function checkDomain(domain: string): string | undefined {
  const ipv6 = /^\[[0-9a-fA-F:]+\](?::\d+)?$/;
  if (ipv6.test(domain)) return undefined;
  const [host, port, extra] = domain.split(':');
  if (extra !== undefined) return `registry "${domain}" has more than one ":"`;
  if (port !== undefined && !/^\d+$/.test(port)) return `registry port "${port}" is not a number`;
  if (!host?.split('.').every((c) => DOMAIN_COMPONENT.test(c)))
    return `"${domain}" is not a registry host name`;
  return undefined;
}

/** An image reference: [registry[:port]/]path[:tag][@digest]. */
export function checkImage(ref: string): Checked<string> {
  if (!ref) return bad('an image is required (nginx, nginx:1.27, registry:5000/team/app)');
  if (/\s/.test(ref)) return bad(`"${ref}" contains white space`);
  let rest = ref;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const digest = rest.slice(at + 1);
    if (!DIGEST.test(digest)) return bad(`"${digest}" is not a digest (sha256:<64 hex digits>)`);
    rest = rest.slice(0, at);
  }
  // a tag follows the last ':' after the last '/' (a ':' before it belongs to the registry's port)
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag))
      return bad(`tag "${tag}" may hold letters, digits, _ . - (first not . or -), 128 at most`);
    rest = rest.slice(0, colon);
  }
  if (!rest) return bad(`"${ref}" has no repository name`);
  if (rest.length > NAME_TOTAL_MAX)
    return bad(`the repository name is longer than ${NAME_TOTAL_MAX} characters`);
  const parts = rest.split('/');
  const first = parts[0]!;
  const hasDomain =
    parts.length > 1 &&
    (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  if (hasDomain) {
    const problem = checkDomain(first);
    if (problem) return bad(problem);
    parts.shift();
  }
  for (const part of parts) {
    if (part !== part.toLowerCase()) return bad(`repository name "${rest}" must be lowercase`);
    if (!PATH_COMPONENT.test(part))
      return bad(
        `"${part || rest}" is not a valid repository name part (lowercase letters, digits, separators . _ __ -)`,
      );
  }
  return ok(ref);
}

/** A container name, as the engine accepts it. */
export function checkName(name: string): Checked<string> {
  const bare = name.replace(/^\//, '');
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/.test(bare))
    return bad(
      `"${name}" is not a container name: two or more of a-z A-Z 0-9 _ . -, first a letter or digit`,
    );
  return ok(bare);
}

/** -e KEY=VALUE, or KEY alone: its value comes from berth's environment, like the docker CLI. */
export function checkEnv(pair: string, environment: Record<string, string | undefined>): Checked<string> {
  const eq = pair.indexOf('=');
  const key = eq < 0 ? pair : pair.slice(0, eq);
  if (!key) return bad(`"${pair}" has no variable name before "="`);
  if (/[\s\0]/.test(key)) return bad(`variable name "${key}" contains white space`);
  if (eq >= 0) return ok(pair);
  const value = environment[key];
  return ok(value === undefined ? key : `${key}=${value}`);
}

/** -l key=value, or key alone (an empty value). */
export function checkLabel(pair: string): Checked<[string, string]> {
  const eq = pair.indexOf('=');
  const key = eq < 0 ? pair : pair.slice(0, eq);
  if (!key.trim()) return bad(`"${pair}" has no label key before "="`);
  return ok([key, eq < 0 ? '' : pair.slice(eq + 1)]);
}

const PORT = /^\d{1,5}$/;

function portRange(text: string, what: string): Checked<[number, number]> {
  const [a, b, extra] = text.split('-');
  if (extra !== undefined || !a || !PORT.test(a) || (b !== undefined && !PORT.test(b)))
    return bad(`${what} "${text}" is not a port number (1-65535) or range (8000-8010)`);
  const lo = Number(a);
  const hi = b === undefined ? lo : Number(b);
  if (lo < 1 || hi > 65535) return bad(`${what} ${text} is out of range (1-65535)`);
  if (hi < lo) return bad(`${what} range ${text} ends before it starts`);
  return ok([lo, hi]);
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** -p [ip:][hostPort:]containerPort[/tcp|udp|sctp], with ranges; one spec may publish several ports. */
export function checkPort(spec: string): Checked<PortSpec[]> {
  let rest = spec;
  let protocol: Protocol = 'tcp';
  const slash = rest.lastIndexOf('/');
  if (slash >= 0) {
    const proto = rest.slice(slash + 1).toLowerCase();
    if (proto !== 'tcp' && proto !== 'udp' && proto !== 'sctp')
      return bad(`"${spec}": protocol "${rest.slice(slash + 1)}" is not tcp, udp or sctp`);
    protocol = proto;
    rest = rest.slice(0, slash);
  }
  let hostIp = '';
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']:');
    if (close < 0) return bad(`"${spec}": an IPv6 address is written [addr]:hostPort:containerPort`);
    hostIp = rest.slice(1, close);
    if (!/^[0-9a-fA-F:.]+$/.test(hostIp) || !hostIp.includes(':'))
      return bad(`"${spec}": "${hostIp}" is not an IPv6 address`);
    rest = rest.slice(close + 2);
    if (!rest.includes(':')) return bad(`"${spec}": give hostPort:containerPort after the address`);
  }
  const parts = rest.split(':');
  if (parts.length > 3) return bad(`"${spec}" is not [ip:][hostPort:]containerPort[/tcp|udp]`);
  if (parts.length === 3) {
    if (hostIp) return bad(`"${spec}" is not [ip:][hostPort:]containerPort[/tcp|udp]`);
    hostIp = parts.shift()!;
    if (!IPV4.test(hostIp)) return bad(`"${spec}": "${hostIp}" is not an IP address`);
  }
  const containerText = parts.pop()!;
  const hostText = parts.pop() ?? '';
  if (!containerText) return bad(`"${spec}": the container port is missing`);
  const container = portRange(containerText, 'container port');
  if ('error' in container) return bad(`"${spec}": ${container.error}`);
  const [clo, chi] = container.value;
  if (!hostText) {
    const out: PortSpec[] = [];
    for (let p = clo; p <= chi; p++) out.push({ hostIp, hostPort: '', containerPort: p, protocol });
    return ok(out);
  }
  const host = portRange(hostText, 'host port');
  if ('error' in host) return bad(`"${spec}": ${host.error}`);
  const [hlo, hhi] = host.value;
  if (clo === chi) {
    // a host range for one container port: the engine picks one port from the range
    return ok([
      { hostIp, hostPort: hlo === hhi ? String(hlo) : `${hlo}-${hhi}`, containerPort: clo, protocol },
    ]);
  }
  if (hhi - hlo !== chi - clo)
    return bad(
      `"${spec}": the host range ${hostText} and the container range ${containerText} differ in size`,
    );
  const out: PortSpec[] = [];
  for (let i = 0; i <= chi - clo; i++)
    out.push({ hostIp, hostPort: String(hlo + i), containerPort: clo + i, protocol });
  return ok(out);
}

const VOLUME_MODES = new Set([
  'ro',
  'rw',
  'z',
  'Z',
  'nocopy',
  'shared',
  'rshared',
  'slave',
  'rslave',
  'private',
  'rprivate',
  'delegated',
  'cached',
  'consistent',
]);
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

function checkMode(mode: string): string | undefined {
  const opts = mode.split(',');
  const bad = opts.find((o) => !VOLUME_MODES.has(o));
  if (bad !== undefined)
    return `mode "${bad || mode}" is not one of ro, rw, z, Z, nocopy, shared, slave, private…`;
  if (opts.includes('ro') && opts.includes('rw')) return 'mode says both ro and rw';
  return undefined;
}

function checkTarget(target: string, spec: string): string | undefined {
  if (!target.startsWith('/'))
    return `"${spec}": the container path "${target}" must be absolute (start with /)`;
  if (target.replace(/\/+$/, '') === '') return `"${spec}": the container path cannot be /`;
  return undefined;
}

/** -v /host:/ctr[:mode], name:/ctr[:mode], /ctr (anonymous), /ctr:mode. */
export function checkVolume(spec: string): Checked<VolumeSpec> {
  if (!spec) return bad('an empty volume spec');
  const parts = spec.split(':');
  if (parts.length > 3) return bad(`"${spec}" is not /host/path:/container/path[:ro], name:/path or /path`);
  let source: string | undefined;
  let target: string;
  let mode = '';
  if (parts.length === 1) target = parts[0]!;
  else if (parts.length === 2 && parts[0]!.startsWith('/') && !parts[1]!.startsWith('/')) {
    // "/ctr:ro": an anonymous volume with a mode
    target = parts[0]!;
    mode = parts[1]!;
  } else {
    source = parts[0]!;
    target = parts[1]!;
    mode = parts[2] ?? '';
  }
  const targetProblem = checkTarget(target, spec);
  if (targetProblem) return bad(targetProblem);
  if (parts.length === 3 && !mode) return bad(`"${spec}" ends with an empty mode`);
  if (mode) {
    const problem = checkMode(mode);
    if (problem) return bad(`"${spec}": ${problem}`);
  }
  const readOnly = mode.split(',').includes('ro');
  if (source === undefined) return ok({ kind: 'anonymous', target, mode, readOnly });
  if (!source) return bad(`"${spec}": the host path or volume name before ":" is empty`);
  if (source.startsWith('/')) return ok({ kind: 'bind', source, target, mode, readOnly });
  if (!VOLUME_NAME.test(source))
    return bad(
      `"${spec}": "${source}" is neither an absolute host path nor a volume name (a host directory needs an absolute path)`,
    );
  return ok({ kind: 'volume', source, target, mode, readOnly });
}

/** --mount type=bind|volume|tmpfs,source=…,target=…[,readonly]. */
export function checkMount(spec: string): Checked<MountSpec> {
  let type: MountSpec['type'] = 'volume';
  let source: string | undefined;
  let target: string | undefined;
  let readOnly = false;
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const value = eq < 0 ? undefined : field.slice(eq + 1);
    switch (key) {
      case 'type':
        if (value !== 'bind' && value !== 'volume' && value !== 'tmpfs')
          return bad(`"${spec}": type "${value ?? ''}" is not bind, volume or tmpfs`);
        type = value;
        break;
      case 'source':
      case 'src':
        source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        target = value;
        break;
      case 'readonly':
      case 'ro':
        if (value !== undefined && !/^(true|false|1|0)$/.test(value))
          return bad(`"${spec}": readonly takes true or false, not "${value}"`);
        readOnly = value === undefined || value === 'true' || value === '1';
        break;
      default:
        return bad(`"${spec}": berth does not know the mount option "${key}"`);
    }
  }
  if (!target) return bad(`"${spec}": target= (the path in the container) is required`);
  const problem = checkTarget(target, spec);
  if (problem) return bad(problem);
  if (type === 'bind' && !source?.startsWith('/'))
    return bad(`"${spec}": a bind mount needs source= an absolute host path`);
  if (type === 'tmpfs' && source) return bad(`"${spec}": a tmpfs mount takes no source`);
  if (type === 'volume' && source && !VOLUME_NAME.test(source))
    return bad(`"${spec}": "${source}" is not a volume name`);
  return ok({ type, source: source || undefined, target, readOnly });
}

export const RESTART_NAMES = ['no', 'always', 'unless-stopped', 'on-failure'] as const;

/** --restart no|always|unless-stopped|on-failure[:N]. */
export function checkRestart(text: string): Checked<RestartSpec> {
  const [name, count, extra] = text.split(':');
  if (extra !== undefined || !(RESTART_NAMES as readonly string[]).includes(name ?? ''))
    return bad(`"${text}" is not no, always, unless-stopped or on-failure[:N]`);
  if (count !== undefined) {
    if (name !== 'on-failure') return bad(`"${text}": only on-failure takes a retry count`);
    if (!/^\d+$/.test(count)) return bad(`"${text}": the retry count must be a whole number`);
    return ok({ name: 'on-failure', maxRetries: Number(count) });
  }
  return ok({ name: name as RestartSpec['name'] });
}

export function checkNetwork(text: string): Checked<string> {
  if (!text.trim()) return bad('a network name is required (none, host, bridge or a network name)');
  if (/\s/.test(text)) return bad(`"${text}" contains white space`);
  return ok(text);
}

export function checkWorkdir(text: string): Checked<string> {
  if (!text.startsWith('/')) return bad(`"${text}" must be an absolute path (start with /)`);
  return ok(text);
}

export function checkUser(text: string): Checked<string> {
  if (!text || /[\s]/.test(text)) return bad(`"${text}" is not a user (name, uid, uid:gid or name:group)`);
  if (text.split(':').length > 2) return bad(`"${text}" is not a user (name, uid, uid:gid or name:group)`);
  return ok(text);
}

export function checkHostname(text: string): Checked<string> {
  if (!/^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,62})$/.test(text)) return bad(`"${text}" is not a host name`);
  return ok(text);
}
