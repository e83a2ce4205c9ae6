// A RunRequest → the engine's create-container body, as the docker CLI builds it for `docker run`; and a
// container's inspect → the RunRequest that would make a copy of it ("duplicate"). No shell anywhere.
import type Docker from 'dockerode';
import type { ContainerCreateOptions, ContainerInspectInfo, ImageInspectInfo } from 'dockerode';
import {
  emptyRequest,
  type MountSpec,
  type PortSpec,
  type Protocol,
  type RestartName,
  type RunRequest,
  type VolumeSpec,
} from '../run/request.js';

type Mount = NonNullable<NonNullable<ContainerCreateOptions['HostConfig']>['Mounts']>[number];

const portKey = (p: { containerPort: number; protocol: string }) => `${p.containerPort}/${p.protocol}`;

export function createBody(request: RunRequest): ContainerCreateOptions {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const p of request.ports) {
    const key = portKey(p);
    exposed[key] = {};
    bindings[key] = [...(bindings[key] ?? []), { HostIp: p.hostIp, HostPort: p.hostPort }];
  }
  const binds: string[] = [];
  const anonymous: Record<string, object> = {};
  const mounts: Mount[] = [];
  for (const v of request.volumes) {
    if (v.source !== undefined) binds.push(`${v.source}:${v.target}${v.mode ? `:${v.mode}` : ''}`);
    else if (v.mode) mounts.push({ Type: 'volume', Source: '', Target: v.target, ReadOnly: v.readOnly });
    else anonymous[v.target] = {};
  }
  for (const m of request.mounts)
    mounts.push({ Type: m.type, Source: m.source ?? '', Target: m.target, ReadOnly: m.readOnly });
  const attached = !request.detach;
  return {
    name: request.name,
    Image: request.image,
    Cmd: request.command.length ? request.command : undefined,
    Entrypoint: request.entrypoint,
    Env: request.env,
    Labels: request.labels,
    WorkingDir: request.workdir ?? '',
    User: request.user ?? '',
    Hostname: request.hostname ?? '',
    Tty: request.tty,
    OpenStdin: request.interactive,
    StdinOnce: request.interactive && attached,
    AttachStdin: request.interactive && attached,
    AttachStdout: attached,
    AttachStderr: attached,
    ExposedPorts: exposed,
    Volumes: Object.keys(anonymous).length ? anonymous : undefined,
    HostConfig: {
      Binds: binds.length ? binds : undefined,
      Mounts: mounts.length ? mounts : undefined,
      PortBindings: bindings,
      PublishAllPorts: request.publishAll,
      NetworkMode: request.network ?? 'default',
      RestartPolicy: {
        Name: request.restart.name,
        MaximumRetryCount: request.restart.maxRetries ?? 0,
      },
      AutoRemove: request.remove,
    },
  };
}

export async function imagePresent(docker: Docker, ref: string): Promise<boolean> {
  try {
    await docker.getImage(ref).inspect();
    return true;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) return false;
    throw error;
  }
}

export async function createRun(docker: Docker, request: RunRequest): Promise<string> {
  const container = await docker.createContainer(createBody(request));
  return container.id;
}

const sameList = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

const asList = (v: string | string[] | null | undefined): string[] | undefined =>
  v == null ? undefined : Array.isArray(v) ? v : [v];

function parseBind(bind: string): VolumeSpec | undefined {
  const [source, target, mode = ''] = bind.split(':');
  if (!source || !target) return undefined;
  const readOnly = mode.split(',').includes('ro');
  return { kind: source.startsWith('/') ? 'bind' : 'volume', source, target, mode, readOnly };
}

const PROTOCOLS = new Set<Protocol>(['tcp', 'udp', 'sctp']);
const RESTARTS = new Set<RestartName>(['no', 'always', 'unless-stopped', 'on-failure']);

/** What `docker run` would make a copy of this container: its settings minus what the image gives anyway. */
export function requestFromInspect(info: ContainerInspectInfo, image?: ImageInspectInfo): RunRequest {
  const config = info.Config;
  const host = info.HostConfig;
  const imageConfig = image?.Config;
  const request = emptyRequest(config.Image);
  if (!sameList(config.Cmd, imageConfig?.Cmd)) request.command = config.Cmd ?? [];
  const entrypoint = asList(config.Entrypoint as string | string[] | null | undefined);
  if (!sameList(entrypoint, asList(imageConfig?.Entrypoint as string | string[] | undefined)))
    request.entrypoint = entrypoint ?? [''];
  const imageEnv = new Set(imageConfig?.Env ?? []);
  request.env = (config.Env ?? []).filter((e) => !imageEnv.has(e));
  const imageLabels = imageConfig?.Labels ?? {};
  request.labels = Object.fromEntries(
    Object.entries(config.Labels ?? {}).filter(([k, v]) => imageLabels[k] !== v),
  );
  const bound = new Set<string>();
  for (const b of host.Binds ?? []) {
    const v = parseBind(b);
    if (v) {
      request.volumes.push(v);
      bound.add(v.target);
    }
  }
  for (const m of (host as { Mounts?: Mount[] }).Mounts ?? []) {
    const type = m.Type === 'bind' || m.Type === 'volume' || m.Type === 'tmpfs' ? m.Type : undefined;
    if (!type || !m.Target) continue;
    const mount: MountSpec = {
      type,
      source: m.Source || undefined,
      target: m.Target,
      readOnly: !!m.ReadOnly,
    };
    request.mounts.push(mount);
    bound.add(m.Target);
  }
  const imageVolumes = imageConfig?.Volumes ?? {};
  for (const target of Object.keys(config.Volumes ?? {}))
    if (!bound.has(target) && !(target in imageVolumes))
      request.volumes.push({ kind: 'anonymous', target, mode: '', readOnly: false });
  for (const [key, list] of Object.entries(host.PortBindings ?? {}) as [
    string,
    { HostIp?: string; HostPort?: string }[] | null,
  ][]) {
    const [port, proto = 'tcp'] = key.split('/');
    const protocol = PROTOCOLS.has(proto as Protocol) ? (proto as Protocol) : 'tcp';
    for (const b of list ?? [{}]) {
      const spec: PortSpec = {
        hostIp: b.HostIp ?? '',
        hostPort: b.HostPort ?? '',
        containerPort: Number(port),
        protocol,
      };
      request.ports.push(spec);
    }
  }
  request.publishAll = !!host.PublishAllPorts;
  const restart = host.RestartPolicy?.Name || 'no';
  request.restart = RESTARTS.has(restart as RestartName)
    ? { name: restart as RestartName, maxRetries: host.RestartPolicy?.MaximumRetryCount || undefined }
    : { name: 'no' };
  if (request.restart.name !== 'on-failure') delete request.restart.maxRetries;
  if (host.NetworkMode && host.NetworkMode !== 'default') request.network = host.NetworkMode;
  if (config.WorkingDir && config.WorkingDir !== (imageConfig?.WorkingDir ?? ''))
    request.workdir = config.WorkingDir;
  if (config.User && config.User !== (imageConfig?.User ?? '')) request.user = config.User;
  request.remove = !!host.AutoRemove;
  request.tty = !!config.Tty;
  request.interactive = !!config.OpenStdin;
  request.detach = !config.AttachStdout;
  return request;
}

export async function runConfigOf(docker: Docker, id: string): Promise<RunRequest> {
  const info = await docker.getContainer(id).inspect();
  const image = await docker
    .getImage(info.Image)
    .inspect()
    .catch(() => undefined); // the image may be gone; then nothing is subtracted
  return requestFromInspect(info, image);
}
