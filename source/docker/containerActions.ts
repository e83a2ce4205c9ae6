// Container lifecycle and inspection over dockerode: start, stop, …, remove, inspect, top.
import type Docker from 'dockerode';
import type { ContainerAction, ContainerDetails, EngineClient, ProcessTable } from './types.js';

type ContainerActions = Pick<
  EngineClient,
  'containerAction' | 'removeContainer' | 'inspectContainer' | 'containerTop' | 'findShell'
>;

const isNotModified = (error: unknown): boolean =>
  (error as { statusCode?: number } | undefined)?.statusCode === 304;

export function containerActions(docker: Docker): ContainerActions {
  return {
    async containerAction(id: string, action: ContainerAction) {
      const container = docker.getContainer(id);
      try {
        // dockerode's methods all take optional options; call each by name so the types stay exact
        if (action === 'start') await container.start();
        else if (action === 'stop') await container.stop();
        else if (action === 'restart') await container.restart();
        else if (action === 'pause') await container.pause();
        else if (action === 'unpause') await container.unpause();
        else await container.kill();
        return true;
      } catch (error) {
        // 304: already started / already stopped — nothing to do is not a failure
        if (isNotModified(error)) return false;
        throw error;
      }
    },

    async removeContainer(id, { force, volumes }) {
      await docker.getContainer(id).remove({ force, v: volumes });
    },

    async inspectContainer(id): Promise<ContainerDetails> {
      const info = await docker.getContainer(id).inspect();
      return {
        id: info.Id,
        name: info.Name.replace(/^\//, ''),
        running: Boolean(info.State?.Running),
        paused: Boolean(info.State?.Paused),
        tty: Boolean(info.Config?.Tty),
        openStdin: Boolean(info.Config?.OpenStdin),
        env: info.Config?.Env ?? [],
        raw: info,
      };
    },

    async containerTop(id): Promise<ProcessTable> {
      const top = (await docker.getContainer(id).top()) as { Titles?: string[]; Processes?: string[][] };
      return { titles: top.Titles ?? [], processes: top.Processes ?? [] };
    },

    async findShell(id, candidates) {
      const container = docker.getContainer(id);
      for (const path of candidates) {
        // HEAD /containers/{id}/archive stats a path without running anything in the container
        try {
          const response = (await container.infoArchive({ path })) as { destroy?: () => void } | undefined;
          response?.destroy?.();
          return path;
        } catch (error) {
          if ((error as { statusCode?: number }).statusCode !== 404) throw error;
        }
      }
      return undefined;
    },
  };
}
