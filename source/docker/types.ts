// The engine's resources as berth sees them: plain data, no dockerode types beyond this folder.
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
}

export interface PullOptions {
  auth?: RegistryAuth;
  signal?: AbortSignal;
}

/** What the UI may ask of an engine. Implemented over dockerode in client.ts; faked in component tests. */
export interface EngineClient {
  /** Where the engine is, as the user would write it (unix:///var/run/docker.sock). */
  readonly endpoint: string;
  version(): Promise<EngineVersion>;
  listContainers(): Promise<Container[]>;
  /** Subscribes to the engine's event stream; returns the unsubscribe. */
  events(handlers: EventHandlers): () => void;
  /** Follows a container's logs (stdout and stderr, with timestamps); returns the close. */
  logs(target: string, options: LogStreamOptions, handlers: LogHandlers): () => void;
  /** The engine's own description of itself (GET /info). */
  info(): Promise<EngineInfo>;
  /** Space used, as `docker system df` (expensive on big engines: ask rarely). */
  diskUsage(): Promise<DiskUsage>;
  /** Pulls an image, reporting the engine's progress events; rejects with the engine's error. */
  pull(ref: string, onProgress: (event: ProgressEvent) => void, options?: PullOptions): Promise<void>;
}
