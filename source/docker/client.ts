// The engine client over dockerode: the only place that talks to the Docker Engine API.
import type { Agent } from 'node:http';
import Docker from 'dockerode';
import { attachAndStart } from './attach.js';
import { buildImage } from './build.js';
import { containerActions } from './containerActions.js';
import { toContainer } from './containers.js';
import { LIST_DEADLINE_MS, within } from './deadline.js';
import type { Endpoint } from './endpoint.js';
import { lineSplitter, type RawEvent, toEngineEvent } from './events.js';
import { execParts } from './exec.js';
import {
  checkAuth,
  imageHistory,
  listImages,
  pruneImages,
  pushImage,
  removeImage,
  tagImage,
} from './images.js';
import { followLogs } from './logs.js';
import { networkMethods } from './networks.js';
import type { Prefetched } from './prefetch.js';
import { pullImage } from './pull.js';
import { createRun, imagePresent, runConfigOf } from './run.js';
import { socketAgent } from './socketAgent.js';
import { toDiskUsage, toEngineInfo } from './system.js';
import type { EngineClient, EventHandlers } from './types.js';
import { volumeMethods } from './volumes.js';

export function dockerFor(endpoint: Endpoint): Docker {
  if (endpoint.socketPath) {
    // docker-modem takes an agent; its types do not say so
    const options: Docker.DockerOptions & { agent: Agent } = {
      socketPath: endpoint.socketPath,
      agent: socketAgent(),
    };
    return new Docker(options);
  }
  return new Docker({
    protocol: endpoint.protocol,
    host: endpoint.host,
    port: endpoint.port,
    username: endpoint.username,
    ca: endpoint.tls?.ca,
    cert: endpoint.tls?.cert,
    key: endpoint.tls?.key,
  });
}

export interface ClientOptions {
  /** How long a list may take before it fails (tests make it short). */
  listDeadlineMs?: number;
  /** The launcher's answers to the first version and list calls (prefetch.ts). */
  prefetched?: Prefetched;
}

export function createClient(endpoint: Endpoint, options: ClientOptions = {}): EngineClient {
  const docker = dockerFor(endpoint);
  const deadlineMs = options.listDeadlineMs ?? LIST_DEADLINE_MS;
  const { prefetched } = options;
  return {
    endpoint: endpoint.url,
    ...containerActions(docker),
    ...execParts(docker),

    async version() {
      const early = prefetched?.version;
      if (prefetched) prefetched.version = Promise.resolve(undefined);
      const v = ((await early) as Docker.DockerVersion | undefined) ?? (await docker.version());
      return { version: v.Version, apiVersion: v.ApiVersion, os: v.Os, arch: v.Arch };
    },

    async listContainers(ids) {
      const early = ids ? undefined : prefetched?.containers;
      if (early) prefetched!.containers = Promise.resolve(undefined);
      const answered = (await early) as Docker.ContainerInfo[] | undefined;
      if (Array.isArray(answered)) return answered.map(toContainer);
      const list = await within('containers', deadlineMs, (abortSignal) =>
        docker.listContainers(
          ids ? { all: true, filters: { id: [...ids] }, abortSignal } : { all: true, abortSignal },
        ),
      );
      return list.map(toContainer);
    },

    logs(target, options, handlers) {
      return followLogs(docker, target, options, handlers);
    },

    ...volumeMethods(docker, deadlineMs),
    ...networkMethods(docker, deadlineMs),
    async info() {
      return toEngineInfo(await docker.info());
    },

    async diskUsage() {
      return toDiskUsage(await docker.df());
    },

    pull(ref, onProgress, options) {
      return pullImage(docker, ref, onProgress, options);
    },

    push: (ref, onProgress, options) => pushImage(docker, ref, onProgress, options),
    listImages: () => listImages(docker, deadlineMs),
    inspectImage: (id) => docker.getImage(id).inspect(),
    imageHistory: (id) => imageHistory(docker, id),
    tagImage: (id, ref) => tagImage(docker, id, ref),
    removeImage: (nameOrId, options) => removeImage(docker, nameOrId, options),
    build: (options) => buildImage(docker, options),
    pruneImages: (options) => pruneImages(docker, options),
    checkAuth: (auth) => checkAuth(docker, auth),
    imagePresent: (ref) => imagePresent(docker, ref),
    createRun: (request) => createRun(docker, request),
    async startRun(id) {
      await docker.getContainer(id).start();
    },
    attachRun: (id, options) => attachAndStart(docker, id, options),
    runConfigOf: (id) => runConfigOf(docker, id),

    events(handlers: EventHandlers, since?: number) {
      let closed = false;
      let stream: NodeJS.ReadableStream | undefined;
      const close = (error?: unknown) => {
        if (closed) return;
        closed = true;
        handlers.onClose(error);
      };
      // the engine replays what happened since then: nothing falls between a list and the subscription
      docker.getEvents(since === undefined ? {} : { since: Math.floor(since / 1000) }).then(
        (s) => {
          stream = s;
          if (closed) {
            destroy(s);
            return;
          }
          const split = lineSplitter((line) => {
            try {
              handlers.onEvent(toEngineEvent(JSON.parse(line) as RawEvent));
            } catch (error) {
              close(error);
            }
          });
          s.on('data', split);
          s.on('error', (error: unknown) => close(error));
          s.on('end', () => close());
          s.on('close', () => close());
        },
        (error: unknown) => close(error),
      );
      return () => {
        closed = true;
        if (stream) destroy(stream);
      };
    },
  };
}

function destroy(stream: NodeJS.ReadableStream): void {
  (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
}
