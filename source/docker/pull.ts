// Pulling an image with the engine's progress stream; cancellable (closing the connection stops the pull).
import type Docker from 'dockerode';
import { lineSplitter } from './events.js';
import type { ProgressEvent } from './progress.js';
import type { PullOptions } from './types.js';

export class PullCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Follows a JSON-lines progress stream to its end; rejects on an error line, a broken stream or abort. */
export function followProgress(
  stream: NodeJS.ReadableStream,
  onProgress: (event: ProgressEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed: Error | undefined;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      finish(new PullCancelled());
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const split = lineSplitter((line) => {
      let event: ProgressEvent;
      try {
        event = JSON.parse(line) as ProgressEvent;
      } catch {
        return; // a line that is not JSON carries no progress
      }
      if (event.error || event.errorDetail?.message)
        failed ??= new Error(event.errorDetail?.message ?? event.error);
      onProgress(event);
    });
    stream.on('data', split);
    stream.on('error', (error: Error) => finish(error));
    stream.on('end', () => finish(failed));
    stream.on('close', () => finish(failed));
  });
}

export async function pullImage(
  docker: Docker,
  ref: string,
  onProgress: (e: ProgressEvent) => void,
  options: PullOptions = {},
) {
  const stream = (await docker.pull(ref, { authconfig: options.auth })) as NodeJS.ReadableStream;
  await followProgress(stream, onProgress, options.signal);
}
