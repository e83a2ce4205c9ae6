// Images on the engine: list, inspect, history, tag, remove, prune, push, and the registry login check.
import type Docker from 'dockerode';
import type { ImageInfo } from 'dockerode';
import { LIST_DEADLINE_MS, within } from './deadline.js';
import type { ProgressEvent } from './progress.js';
import { followProgress } from './pull.js';
import { parseReference, repositoryAndTag } from './reference.js';
import type {
  Image,
  ImageLayer,
  ImagePruneResult,
  PruneOptions,
  PullOptions,
  RegistryAuth,
} from './types.js';

/** Engine JSON (GET /images/json) → berth's Image. */
export function toImage(info: ImageInfo): Image {
  const tags = (info.RepoTags ?? []).filter((t) => t !== '<none>:<none>');
  return {
    id: info.Id,
    repoTags: tags,
    repoDigests: (info.RepoDigests ?? []).filter((d) => d !== '<none>@<none>'),
    parentId: info.ParentId ?? '',
    created: info.Created,
    size: info.Size,
    labels: info.Labels ?? {},
  };
}

interface RawLayer {
  Id: string;
  Created: number;
  CreatedBy: string;
  Size: number;
  Tags: string[] | null;
  Comment: string;
}

export function toLayer(raw: RawLayer): ImageLayer {
  return {
    id: raw.Id,
    created: raw.Created,
    createdBy: raw.CreatedBy ?? '',
    size: raw.Size ?? 0,
    tags: raw.Tags ?? [],
    comment: raw.Comment ?? '',
  };
}

export async function listImages(docker: Docker, deadlineMs = LIST_DEADLINE_MS): Promise<Image[]> {
  const list = await within('images', deadlineMs, (abortSignal) =>
    docker.listImages({ all: false, abortSignal }),
  );
  return list.map(toImage);
}

export async function imageHistory(docker: Docker, id: string): Promise<ImageLayer[]> {
  const raw = (await docker.getImage(id).history()) as RawLayer[];
  return raw.map(toLayer);
}

export async function tagImage(docker: Docker, id: string, ref: string): Promise<void> {
  const parsed = parseReference(ref);
  if ('error' in parsed) throw new Error(parsed.error);
  const { repository, tag } = repositoryAndTag(parsed);
  await docker.getImage(id).tag({ repo: repository, tag: tag ?? 'latest' });
}

export async function removeImage(
  docker: Docker,
  nameOrId: string,
  options: { force?: boolean } = {},
): Promise<{ deleted: string[]; untagged: string[] }> {
  const out = (await docker.getImage(nameOrId).remove({ force: options.force ?? false })) as {
    Deleted?: string;
    Untagged?: string;
  }[];
  return {
    deleted: out.flatMap((e) => (e.Deleted ? [e.Deleted] : [])),
    untagged: out.flatMap((e) => (e.Untagged ? [e.Untagged] : [])),
  };
}

export async function pruneImages(docker: Docker, options: PruneOptions = {}): Promise<ImagePruneResult> {
  const filters: Record<string, Record<string, boolean>> = {
    dangling: { [options.all ? 'false' : 'true']: true },
  };
  if (options.label) filters.label = { [options.label]: true };
  const out = (await docker.pruneImages({ filters })) as {
    ImagesDeleted?: { Deleted?: string; Untagged?: string }[] | null;
    SpaceReclaimed?: number;
  };
  const entries = out.ImagesDeleted ?? [];
  return {
    deleted: entries.flatMap((e) => (e.Deleted ? [e.Deleted] : [])),
    untagged: entries.flatMap((e) => (e.Untagged ? [e.Untagged] : [])),
    spaceReclaimed: out.SpaceReclaimed ?? 0,
  };
}

export async function pushImage(
  docker: Docker,
  ref: string,
  onProgress: (e: ProgressEvent) => void,
  options: PullOptions = {},
): Promise<void> {
  const parsed = parseReference(ref);
  if ('error' in parsed) throw new Error(parsed.error);
  const { repository, tag } = repositoryAndTag(parsed);
  const stream = (await docker
    .getImage(repository)
    .push({ tag, authconfig: options.auth } as Record<string, unknown>)) as NodeJS.ReadableStream;
  await followProgress(stream, onProgress, options.signal);
}

export async function checkAuth(docker: Docker, auth: RegistryAuth): Promise<void> {
  await docker.checkAuth({
    username: auth.username,
    password: auth.password,
    serveraddress: auth.serveraddress,
  });
}
