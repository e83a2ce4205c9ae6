// A fake EngineClient for component tests: the test decides what the engine lists and pushes its events.
// The lists the sync loop reads are faked; every other call rejects, so a test that reaches one says so.
import type {
  Container,
  EngineClient,
  EngineEvent,
  EngineVersion,
  EventHandlers,
  Image,
  Network,
  Volume,
} from '../../source/docker/types.js';

export const FAKE_VERSION: EngineVersion = {
  version: '20.10.24',
  apiVersion: '1.41',
  os: 'linux',
  arch: 'amd64',
};

export class FakeEngine {
  readonly endpoint: string;
  containers: Container[];
  /** When set, every call fails with it (a daemon that is down). */
  failure: (Error & { code?: string }) | undefined;
  listCalls = 0;
  /** How often each of the other kinds was listed. */
  listed = { images: 0, volumes: 0, networks: 0 };
  private subscribers = new Set<EventHandlers>();

  constructor(containers: Container[] = [], endpoint = 'unix:///fake/docker.sock') {
    this.containers = containers;
    this.endpoint = endpoint;
  }

  async version(): Promise<EngineVersion> {
    if (this.failure) throw this.failure;
    return FAKE_VERSION;
  }

  async listContainers(ids?: readonly string[]): Promise<Container[]> {
    this.listCalls++;
    if (this.failure) throw this.failure;
    return this.containers.filter((c) => !ids || ids.some((id) => c.id.startsWith(id)));
  }

  async listImages(): Promise<Image[]> {
    this.listed.images++;
    if (this.failure) throw this.failure;
    return [];
  }

  async listVolumes(): Promise<Volume[]> {
    this.listed.volumes++;
    if (this.failure) throw this.failure;
    return [];
  }

  async listNetworks(): Promise<Network[]> {
    this.listed.networks++;
    if (this.failure) throw this.failure;
    return [];
  }

  events(handlers: EventHandlers): () => void {
    if (this.failure) {
      const error = this.failure;
      queueMicrotask(() => handlers.onClose(error));
      return () => undefined;
    }
    this.subscribers.add(handlers);
    return () => this.subscribers.delete(handlers);
  }

  get subscribed(): number {
    return this.subscribers.size;
  }

  /** Changes the list and tells subscribers, as the engine would after `docker run`. */
  change(containers: Container[], event: Partial<EngineEvent> = {}): void {
    this.containers = containers;
    this.emit({
      type: 'container',
      action: 'start',
      id: '',
      timeNano: Date.now() * 1e6,
      attributes: {},
      ...event,
    });
  }

  emit(event: EngineEvent): void {
    for (const s of this.subscribers) s.onEvent(event);
  }

  /** The daemon goes away: the stream closes with a connection error and calls fail. */
  goDown(code = 'ECONNREFUSED'): void {
    this.failure = Object.assign(new Error(`connect ${code} ${this.endpoint}`), { code });
    for (const s of [...this.subscribers]) {
      this.subscribers.delete(s);
      s.onClose(this.failure);
    }
  }

  comeBack(): void {
    this.failure = undefined;
  }

  /** The fake as an EngineClient: what it does not fake rejects with its name. */
  client(): EngineClient {
    return new Proxy(this, {
      get: (target, prop, receiver) => {
        if (prop in target) {
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return () => Promise.reject(new Error(`FakeEngine does not fake ${String(prop)}`));
      },
    }) as unknown as EngineClient;
  }
}
