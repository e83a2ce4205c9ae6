// Volumes over dockerode: list, usage (/system/df), inspect, create, remove, prune.
import type Docker from 'dockerode';
import type { VolumeInspectInfo } from 'dockerode';
import { LIST_DEADLINE_MS, within } from './deadline.js';
import type { EngineClient, Volume } from './types.js';

type VolumeMethods = Pick<
  EngineClient,
  'listVolumes' | 'volumeUsage' | 'inspectVolume' | 'createVolume' | 'removeVolume' | 'pruneVolumes'
>;

export function toVolume(info: VolumeInspectInfo & { CreatedAt?: string }): Volume {
  return {
    name: info.Name,
    driver: info.Driver,
    mountpoint: info.Mountpoint ?? '',
    scope: info.Scope ?? 'local',
    labels: info.Labels ?? {},
    options: info.Options ?? {},
    createdAt: info.CreatedAt || undefined,
  };
}

/** Whether the engine speaks at least API `want` ("1.42"). */
export function apiAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

interface DfVolume {
  Name: string;
  UsageData?: { Size: number; RefCount: number } | null;
}

export function volumeMethods(docker: Docker, deadlineMs = LIST_DEADLINE_MS): VolumeMethods {
  return {
    async listVolumes() {
      const { Volumes } = await within('volumes', deadlineMs, (abortSignal) =>
        docker.listVolumes({ abortSignal }),
      );
      return (Volumes ?? []).map(toVolume);
    },

    async volumeUsage() {
      const df = (await docker.df()) as { Volumes?: DfVolume[] | null };
      const sizes: Record<string, number> = {};
      // -1 means the driver cannot say
      for (const v of df.Volumes ?? [])
        if (v.UsageData && v.UsageData.Size >= 0) sizes[v.Name] = v.UsageData.Size;
      return { sizes };
    },

    async inspectVolume(name) {
      const raw = (await docker.getVolume(name).inspect()) as VolumeInspectInfo;
      return { value: toVolume(raw), raw };
    },

    async createVolume(spec) {
      const created = await docker.createVolume({
        Name: spec.name || undefined,
        Driver: spec.driver || 'local',
        Labels: spec.labels,
        DriverOpts: spec.options,
      });
      // dockerode hands back a handle; its name is the one the engine chose when none was given
      const raw = (await docker.getVolume(created.name).inspect()) as VolumeInspectInfo;
      return toVolume(raw);
    },

    async removeVolume(name) {
      await docker.getVolume(name).remove();
    },

    async pruneVolumes() {
      // Since API 1.42 prune takes only anonymous volumes unless told `all`; before, it took every unused one.
      const { ApiVersion } = await docker.version();
      const filters = apiAtLeast(ApiVersion, '1.42') ? { all: ['true'] } : undefined;
      const result = await docker.pruneVolumes(filters ? { filters } : {});
      return { removed: result.VolumesDeleted ?? [], spaceReclaimed: result.SpaceReclaimed ?? 0 };
    },
  };
}
