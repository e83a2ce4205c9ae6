// Building an image from a local directory: the context packed as a tar here (so .dockerignore is applied
// exactly as the docker CLI does, with @balena/dockerignore), sent to POST /build, its output streamed.
import type { Dirent } from 'node:fs';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import dockerignoreModule, { type Ignore } from '@balena/dockerignore';
import type Docker from 'dockerode';
import tarFs from 'tar-fs';
import { byText } from '../compare.js';
import { followProgress } from './pull.js';
import type { BuildOptions } from './types.js';

// A CommonJS module whose types declare an ES default: at run time the import is the factory itself.
type IgnoreFactory = (options?: { ignorecase?: boolean }) => Ignore;
const dockerignore = ((dockerignoreModule as unknown as { default?: IgnoreFactory }).default ??
  dockerignoreModule) as unknown as IgnoreFactory;

export class BuildError extends Error {}

/** The paths (relative, with /) of the build context after .dockerignore; directories included. */
export async function contextEntries(context: string, dockerfile = 'Dockerfile'): Promise<string[]> {
  let ignoreText = '';
  try {
    ignoreText = await readFile(join(context, '.dockerignore'), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  const matcher = dockerignore({ ignorecase: false }).add(ignoreText);
  // with no "!" exception an ignored directory cannot hold a kept file: skip walking it
  const hasExceptions = ignoreText.split('\n').some((l) => l.trim().startsWith('!'));
  const always = new Set([posix.normalize(dockerfile.replace(/\\/g, '/')), '.dockerignore']);
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    let items: Dirent[];
    try {
      items = await readdir(join(context, rel), { withFileTypes: true });
    } catch (error) {
      throw new BuildError(`cannot read ${join(context, rel)}: ${(error as Error).message}`);
    }
    items.sort((a, b) => byText(a.name, b.name));
    for (const item of items) {
      const path = rel ? `${rel}/${item.name}` : item.name;
      const ignored = !always.has(path) && matcher.ignores(path);
      if (!ignored) out.push(path);
      if (item.isDirectory() && (!ignored || hasExceptions)) await walk(path);
    }
  };
  await walk('');
  return out;
}

interface BuildEvent {
  stream?: string;
  status?: string;
  id?: string;
  progressDetail?: { current?: number };
  aux?: { ID?: string };
  error?: string;
  errorDetail?: { message?: string };
}

/** Checks the directory and Dockerfile before anything is sent (synchronously: a form validates with it). */
export function checkBuildContext(context: string, dockerfile = 'Dockerfile'): string | undefined {
  try {
    if (!statSync(context).isDirectory()) return `${context} is not a directory`;
  } catch {
    return `no directory ${context}`;
  }
  try {
    if (!statSync(join(context, dockerfile)).isFile()) return `${dockerfile} in ${context} is not a file`;
  } catch {
    return `no ${dockerfile} in ${context}`;
  }
  return undefined;
}

export async function buildImage(docker: Docker, options: BuildOptions): Promise<string> {
  const dockerfile = options.dockerfile || 'Dockerfile';
  const problem = checkBuildContext(options.context, dockerfile);
  if (problem) throw new BuildError(problem);
  const entries = await contextEntries(options.context, dockerfile);
  // entries are listed one by one (directories too), so tar-fs must not walk into directories itself
  const pack = tarFs.pack(options.context, { entries, ignore: () => true });
  const stream = (await docker.buildImage(pack, {
    t: options.tag || undefined,
    dockerfile,
    labels: options.labels,
    rm: true,
    forcerm: true,
  })) as NodeJS.ReadableStream;
  let imageId: string | undefined;
  let partial = '';
  let lastStatus = '';
  try {
    await followProgress(
      stream,
      (raw) => {
        const event = raw as BuildEvent;
        if (event.aux?.ID) imageId = event.aux.ID;
        if (event.stream) {
          const lines = (partial + event.stream).split('\n');
          partial = lines.pop() ?? '';
          for (const line of lines) options.onOutput(line.replace(/\r$/, ''));
        } else if (event.status && event.progressDetail?.current === undefined) {
          // a FROM that pulls: one line per status change, not one per progress tick
          const line = event.id ? `${event.id}: ${event.status}` : event.status;
          if (line !== lastStatus) options.onOutput(line);
          lastStatus = line;
        }
      },
      options.signal,
    );
  } finally {
    if (partial) options.onOutput(partial);
  }
  if (!imageId) throw new BuildError('the engine finished the build without naming the image it made');
  return imageId;
}
