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
  events(handlers: EventHandlers): () => void;
  /** The engine's own description of itself (GET /info). */
  info(): Promise<EngineInfo>;
  /** Space used, as `docker system df` (expensive on big engines: ask rarely). */
  diskUsage(): Promise<DiskUsage>;
  /** Pulls an image, reporting the engine's progress events; rejects with the engine's error. */
  pull(ref: string, onProgress: (event: ProgressEvent) => void, options?: PullOptions): Promise<void>;
}
