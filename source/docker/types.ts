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
  /** The engine's own description of itself (GET /info). */
  info(): Promise<EngineInfo>;
  /** Space used, as `docker system df` (expensive on big engines: ask rarely). */
  diskUsage(): Promise<DiskUsage>;
  /** Pulls an image, reporting the engine's progress events; rejects with the engine's error. */
  pull(ref: string, onProgress: (event: ProgressEvent) => void, options?: PullOptions): Promise<void>;
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
