// GET /info and GET /system/df → what the System pane shows.
import type { DiskUsage, DiskUsageRow, EngineInfo } from './types.js';

interface RawInfo {
  Name?: string;
  ServerVersion?: string;
  OperatingSystem?: string;
  KernelVersion?: string;
  Architecture?: string;
  NCPU?: number;
  MemTotal?: number;
  Driver?: string;
  LoggingDriver?: string;
  CgroupDriver?: string;
  CgroupVersion?: string;
  Containers?: number;
  ContainersRunning?: number;
  ContainersPaused?: number;
  ContainersStopped?: number;
  Images?: number;
  DockerRootDir?: string;
  Swarm?: { LocalNodeState?: string; ControlAvailable?: boolean };
  Warnings?: string[] | null;
}

export function toEngineInfo(raw: RawInfo): EngineInfo {
  return {
    name: raw.Name ?? '',
    serverVersion: raw.ServerVersion ?? '',
    os: raw.OperatingSystem ?? '',
    kernel: raw.KernelVersion ?? '',
    arch: raw.Architecture ?? '',
    cpus: raw.NCPU ?? 0,
    memTotal: raw.MemTotal ?? 0,
    storageDriver: raw.Driver ?? '',
    loggingDriver: raw.LoggingDriver ?? '',
    cgroup: [raw.CgroupDriver, raw.CgroupVersion ? `v${raw.CgroupVersion}` : ''].filter(Boolean).join(' '),
    containers: raw.Containers ?? 0,
    running: raw.ContainersRunning ?? 0,
    paused: raw.ContainersPaused ?? 0,
    stopped: raw.ContainersStopped ?? 0,
    images: raw.Images ?? 0,
    rootDir: raw.DockerRootDir ?? '',
    swarm: raw.Swarm?.LocalNodeState || 'inactive',
    swarmManager: raw.Swarm?.ControlAvailable ?? false,
    warnings: raw.Warnings ?? [],
  };
}

interface RawDf {
  LayersSize?: number;
  Images?: { Size?: number; SharedSize?: number; Containers?: number }[] | null;
  Containers?: { SizeRw?: number; State?: string }[] | null;
  Volumes?: { UsageData?: { Size?: number; RefCount?: number } | null }[] | null;
  BuildCache?: { Size?: number; InUse?: boolean; Shared?: boolean }[] | null;
}

function row(type: string, total: number, active: number, size: number, reclaimable: number): DiskUsageRow {
  return { type, total, active, size, reclaimable: Math.max(0, Math.min(size, reclaimable)) };
}

/** The same four rows as `docker system df`, with the same reclaimable arithmetic. */
export function toDiskUsage(raw: RawDf): DiskUsage {
  const images = raw.Images ?? [];
  const activeImages = images.filter((i) => (i.Containers ?? 0) > 0);
  const imagesSize = raw.LayersSize ?? images.reduce((s, i) => s + (i.Size ?? 0), 0);
  const usedImages = activeImages.reduce((s, i) => s + (i.Size ?? 0) - (i.SharedSize ?? 0), 0);
  const containers = raw.Containers ?? [];
  const containersSize = containers.reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const stoppedSize = containers
    .filter((c) => c.State !== 'running')
    .reduce((s, c) => s + (c.SizeRw ?? 0), 0);
  const volumes = raw.Volumes ?? [];
  const volumesSize = volumes.reduce((s, v) => s + Math.max(0, v.UsageData?.Size ?? 0), 0);
  const unusedVolumes = volumes.filter((v) => (v.UsageData?.RefCount ?? 0) === 0);
  const cache = raw.BuildCache ?? [];
  const cacheSize = cache.reduce((s, b) => s + (b.Shared ? 0 : (b.Size ?? 0)), 0);
  return {
    rows: [
      row('Images', images.length, activeImages.length, imagesSize, imagesSize - usedImages),
      row(
        'Containers',
        containers.length,
        containers.filter((c) => c.State === 'running').length,
        containersSize,
        stoppedSize,
      ),
      row(
        'Local Volumes',
        volumes.length,
        volumes.length - unusedVolumes.length,
        volumesSize,
        unusedVolumes.reduce((s, v) => s + Math.max(0, v.UsageData?.Size ?? 0), 0),
      ),
      row(
        'Build Cache',
        cache.length,
        cache.filter((b) => b.InUse).length,
        cacheSize,
        cache.filter((b) => !b.InUse && !b.Shared).reduce((s, b) => s + (b.Size ?? 0), 0),
      ),
    ],
  };
}
