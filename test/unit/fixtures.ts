// Recorded engine JSON (dockerd 20.10.24, API 1.41) from test/fixtures/, for the renderer tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ContainerInfo } from 'dockerode';
import type { RawEvent } from '../../source/docker/events.js';

const dir = resolve(import.meta.dirname, '../fixtures');

export function recordedContainers(): ContainerInfo[] {
  return JSON.parse(readFileSync(resolve(dir, 'containers.json'), 'utf8')) as ContainerInfo[];
}

export function recordedRestarting(): ContainerInfo {
  return (JSON.parse(readFileSync(resolve(dir, 'container-restarting.json'), 'utf8')) as ContainerInfo[])[0]!;
}

export function recordedEventsText(): string {
  return readFileSync(resolve(dir, 'events.ndjson'), 'utf8');
}

export function recordedEvents(): RawEvent[] {
  return recordedEventsText()
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RawEvent);
}

export function byName(name: string): ContainerInfo {
  const found = recordedContainers().find((c) => c.Names[0] === `/${name}`);
  if (!found) throw new Error(`no recorded container ${name}`);
  return found;
}
