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

export interface PruneResult {
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
  listContainers(): Promise<Container[]>;
  /** Subscribes to the engine's event stream; returns the unsubscribe. */
  events(handlers: EventHandlers): () => void;
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
  pruneImages(options?: PruneOptions): Promise<PruneResult>;
  /** Checks credentials with the registry through the engine (POST /auth); rejects when refused. */
  checkAuth(auth: RegistryAuth): Promise<void>;
}
