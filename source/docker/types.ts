// The engine's resources as berth sees them: plain data, no dockerode types beyond this folder.
import type { RunRequest } from '../run/request.js';
import type { AttachOptions, AttachOutcome } from './attach.js';
import type { ProgressEvent } from './progress.js';

export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export interface PortBinding {
  ip?: string;
  privatePort: number;
  publicPort?: number;
  type: string;
}

export interface Container {
  id: string;
  name: string;
  image: string;
  imageId: string;
  command: string;
  /** Unix seconds. */
  created: number;
  state: ContainerState;
  status: string;
  ports: PortBinding[];
  labels: Record<string, string>;
  /** From the com.docker.compose.project label. */
  project?: string;
  networks: string[];
  mounts: { type: string; name?: string; source: string; destination: string; rw: boolean }[];
}

export interface Volume {
  name: string;
  driver: string;
  mountpoint: string;
  scope: string;
  labels: Record<string, string>;
  options: Record<string, string>;
  /** ISO time, when the driver reports it. */
  createdAt?: string;
}

/** What /system/df says about volumes (expensive: fetched on demand). */
export interface VolumeUsage {
  /** Bytes by volume name; absent where the driver does not report a size. */
  sizes: Record<string, number>;
}

export interface VolumeCreate {
  name?: string;
  driver?: string;
  labels?: Record<string, string>;
  options?: Record<string, string>;
}

export interface NetworkSubnet {
  subnet: string;
  gateway?: string;
  ipRange?: string;
}

/** A container attached to a network, as the network's inspect reports it (running ones only). */
export interface NetworkEndpoint {
  id: string;
  name: string;
  ipv4?: string;
  ipv6?: string;
  mac?: string;
}

export interface Network {
  id: string;
  name: string;
  driver: string;
  scope: string;
  internal: boolean;
  attachable: boolean;
  ingress: boolean;
  ipv6: boolean;
  /** ISO time. */
  created: string;
  ipamDriver: string;
  ipamOptions: Record<string, string>;
  subnets: NetworkSubnet[];
  options: Record<string, string>;
  labels: Record<string, string>;
  /** Filled by inspect only: the list endpoint leaves it empty since API 1.28. */
  endpoints: NetworkEndpoint[];
}

export interface NetworkCreate {
  name: string;
  driver?: string;
  subnet?: string;
  gateway?: string;
  internal?: boolean;
  attachable?: boolean;
  labels?: Record<string, string>;
}

export interface PruneResult {
  /** What the engine removed: volume names, or network names. */
  removed: string[];
  /** Bytes reclaimed, where the engine reports it. */
  spaceReclaimed?: number;
}

/** An inspect: berth's reading of it and the engine's document as it came. */
export interface Inspected<T> {
  value: T;
  raw: unknown;
}

export interface EngineVersion {
  version: string;
  apiVersion: string;
  os: string;
  arch: string;
}

export type ResourceKind = 'container' | 'image' | 'volume' | 'network';

export interface EngineEvent {
  /** 'container', 'image', 'volume', 'network', 'daemon', … */
  type: string;
  action: string;
  id: string;
  name?: string;
  /** Unix nanoseconds. */
  timeNano: number;
  attributes: Record<string, string>;
}

export interface EventHandlers {
  onEvent: (event: EngineEvent) => void;
  /** The stream ended or failed; the caller decides whether to reconnect. */
  onClose: (error?: unknown) => void;
}

export type LogStream = 'stdout' | 'stderr';

export interface LogLine {
  /** The engine's RFC3339Nano timestamp ("2026-11-27T20:00:42.651712651Z"); sorts as text. */
  ts: string;
  stream: LogStream;
  /** As decoded (invalid UTF-8 → U+FFFD), up to a cap; escape sequences still raw. */
  text: string;
  /** The full length in characters when the line was longer than the cap. */
  length?: number;
  /** Set by the log session: a unique, increasing id, and the source index. */
  uid: number;
  src: number;
}

/** Which logs: the last N lines, everything, or since a moment. */
export interface LogStreamOptions {
  tail?: number;
  /** Unix seconds, as the engine takes them ("1795896042.651712651"). */
  since?: string;
}

export interface LogSourceInfo {
  id: string;
  name: string;
  tty: boolean;
  running: boolean;
}

export interface LogHandlers {
  /** Which container it is (the target may be a name), before any line. */
  onInfo: (info: LogSourceInfo) => void;
  /** Lines in arrival order, a batch per chunk read. */
  onLines: (lines: LogLine[]) => void;
  /** The stream ended (the container stopped) or failed. */
  onEnd: (error?: unknown) => void;
}

/** The container operations that take no arguments (remove has its own method). */
export type ContainerAction = 'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'kill';

/** A container's inspect document, with the parts berth acts on pulled out. */
export interface ContainerDetails {
  id: string;
  name: string;
  running: boolean;
  paused: boolean;
  /** The container was created with a TTY (docker run -t). */
  tty: boolean;
  /** Its stdin is open (docker run -i). */
  openStdin: boolean;
  env: string[];
  /** The whole document, as the engine sent it. */
  raw: unknown;
}

/** GET /containers/{id}/top. */
export interface ProcessTable {
  titles: string[];
  processes: string[][];
}

/** The terminal a session runs on (a shell, an attach). */
export interface TerminalIO {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

/** A command running in a container, its output arriving as it is written. */
export interface ExecHandle {
  /** The exit code, once it ends (undefined when the engine does not say). */
  done: Promise<number | undefined>;
  /** Stops reading (the command itself goes on in the container until it ends). */
  cancel(): void;
}

export interface EngineInfo {
  name: string;
  serverVersion: string;
  os: string;
  kernel: string;
  arch: string;
  cpus: number;
  memTotal: number;
  storageDriver: string;
  loggingDriver: string;
  cgroup: string;
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  images: number;
  rootDir: string;
  swarm: string;
  swarmManager: boolean;
  warnings: string[];
}

export interface DiskUsageRow {
  type: string;
  total: number;
  active: number;
  size: number;
  reclaimable: number;
}

export interface DiskUsage {
  rows: DiskUsageRow[];
}

/** Credentials for a registry, as the engine's X-Registry-Auth wants them. */
export interface RegistryAuth {
  username: string;
  password: string;
  serveraddress: string;
  /** An OAuth identity token a helper or `docker login` stored instead of a password. */
  identitytoken?: string;
}

export interface PullOptions {
  auth?: RegistryAuth;
  signal?: AbortSignal;
}

export interface Image {
  /** sha256:… */
  id: string;
  /** repo:tag names; empty for a dangling image. */
  repoTags: string[];
  repoDigests: string[];
  parentId: string;
  /** Unix seconds. */
  created: number;
  /** Bytes. */
  size: number;
  labels: Record<string, string>;
}

/** One layer of an image's history (GET /images/{id}/history). */
export interface ImageLayer {
  /** The layer's image id, or "<missing>" for layers built elsewhere. */
  id: string;
  /** Unix seconds. */
  created: number;
  createdBy: string;
  size: number;
  tags: string[];
  comment: string;
}

export interface BuildOptions {
  /** A directory on this machine with a Dockerfile. */
  context: string;
  /** Relative to the context; "Dockerfile" when not given. */
  dockerfile?: string;
  /** repo:tag to name the result. */
  tag?: string;
  labels?: Record<string, string>;
  /** Each line of the build's output, as it comes. */
  onOutput: (line: string) => void;
  signal?: AbortSignal;
}

export interface PruneOptions {
  /** Every image no container uses, not only dangling ones. */
  all?: boolean;
  /** Only images with this label (key or key=value). */
  label?: string;
}

export interface ImagePruneResult {
  deleted: string[];
  untagged: string[];
  /** Bytes. */
  spaceReclaimed: number;
}

/** What the UI may ask of an engine. Implemented over dockerode in client.ts; faked in component tests. */
export interface EngineClient {
  /** Where the engine is, as the user would write it (unix:///var/run/docker.sock). */
  readonly endpoint: string;
  version(): Promise<EngineVersion>;
  /** Every container, or only those with these ids (the ones an event named). */
  listContainers(ids?: readonly string[]): Promise<Container[]>;
  listVolumes(): Promise<Volume[]>;
  /** Sizes from /system/df: slow on big engines, so only on demand. */
  volumeUsage(): Promise<VolumeUsage>;
  inspectVolume(name: string): Promise<Inspected<Volume>>;
  createVolume(spec: VolumeCreate): Promise<Volume>;
  removeVolume(name: string): Promise<void>;
  /** Removes every volume no container refers to. */
  pruneVolumes(): Promise<PruneResult>;
  listNetworks(): Promise<Network[]>;
  inspectNetwork(id: string): Promise<Inspected<Network>>;
  createNetwork(spec: NetworkCreate): Promise<Network>;
  removeNetwork(id: string): Promise<void>;
  /** Removes every user network no running container is attached to. */
  pruneNetworks(): Promise<PruneResult>;
  connectNetwork(network: string, container: string): Promise<void>;
  disconnectNetwork(network: string, container: string): Promise<void>;
  /** Subscribes to the engine's event stream; returns the unsubscribe. */
  /** Follows the engine's events; with `since` (Unix ms), those since then come first. */
  events(handlers: EventHandlers, since?: number): () => void;

  /** Start, stop, … one container; resolves to false when it was already in that state. */
  containerAction(id: string, action: ContainerAction): Promise<boolean>;
  removeContainer(id: string, options: { force: boolean; volumes: boolean }): Promise<void>;
  inspectContainer(id: string): Promise<ContainerDetails>;
  containerTop(id: string): Promise<ProcessTable>;
  /** The first of `candidates` (absolute paths) that exists in the container's filesystem. */
  findShell(id: string, candidates: readonly string[]): Promise<string | undefined>;
  /** An interactive exec with a TTY on the terminal, until it exits; resolves to its exit code. */
  execInteractive(id: string, argv: string[], io: TerminalIO): Promise<number | undefined>;
  /** A command run without a TTY or stdin; its output (stdout and stderr) goes to `onOutput`. */
  execCommand(id: string, argv: string[], onOutput: (text: string) => void): Promise<ExecHandle>;
  /** The terminal on the container's main process until ctrl-p ctrl-q (or it ends). */
  attachContainer(id: string, io: TerminalIO, options: { tty: boolean }): Promise<'detached' | 'ended'>;
  /** Follows a container's logs (stdout and stderr, with timestamps); returns the close. */
  logs(target: string, options: LogStreamOptions, handlers: LogHandlers): () => void;
  /** The engine's own description of itself (GET /info). */
  info(): Promise<EngineInfo>;
  /** Space used, as `docker system df` (expensive on big engines: ask rarely). */
  diskUsage(): Promise<DiskUsage>;
  /** Pulls an image, reporting the engine's progress events; rejects with the engine's error. */
  pull(ref: string, onProgress: (event: ProgressEvent) => void, options?: PullOptions): Promise<void>;
  /** Pushes repo:tag (every tag of repo when no tag is given), reporting the engine's progress. */
  push(ref: string, onProgress: (event: ProgressEvent) => void, options?: PullOptions): Promise<void>;
  listImages(): Promise<Image[]>;
  /** The engine's inspect document, as it sent it. */
  inspectImage(id: string): Promise<unknown>;
  imageHistory(id: string): Promise<ImageLayer[]>;
  /** Names image `id` as `ref` (repo:tag). */
  tagImage(id: string, ref: string): Promise<void>;
  /** Removes a tag (image stays while other tags name it) or an image by id; force for images in use. */
  removeImage(
    nameOrId: string,
    options?: { force?: boolean },
  ): Promise<{ deleted: string[]; untagged: string[] }>;
  /** Builds from a local directory (honouring .dockerignore); resolves to the new image's id. */
  build(options: BuildOptions): Promise<string>;
  pruneImages(options?: PruneOptions): Promise<ImagePruneResult>;
  /** Checks credentials with the registry through the engine (POST /auth); rejects when refused. */
  checkAuth(auth: RegistryAuth): Promise<void>;
  /** Whether the image is in the engine's store (no pull needed to run it). */
  imagePresent(ref: string): Promise<boolean>;
  /** Creates a container as `docker run` would (not started); resolves to its id. */
  createRun(request: RunRequest): Promise<string>;
  startRun(id: string): Promise<void>;
  /** Attaches to a created container, starts it, follows it to its exit (or until detached). */
  attachRun(id: string, options: AttachOptions): Promise<AttachOutcome>;
  /** The run request that would make a copy of a container (for "duplicate"). */
  runConfigOf(id: string): Promise<RunRequest>;
}
