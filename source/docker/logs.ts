// Following a container's logs over dockerode: find out whether it has a TTY (raw stream) or not
// (multiplexed frames), then stream stdout and stderr with timestamps into the line parser.
import type Docker from 'dockerode';
import { LogParser } from './logParser.js';
import type { LogHandlers, LogLine, LogStreamOptions } from './types.js';

/** Parsing may use at most this share of each window, so keys stay quick under a log firehose. */
const BUSY_WINDOW_MS = 100;
const BUSY_MAX_MS = 40;
const LINES_PER_BATCH = 64;

type Stream = NodeJS.ReadableStream & { destroy?: () => void };

export function followLogs(
  docker: Docker,
  target: string,
  options: LogStreamOptions,
  handlers: LogHandlers,
): () => void {
  let closed = false;
  let stream: Stream | undefined;
  let resumeTimer: NodeJS.Timeout | undefined;
  const end = (error?: unknown) => {
    if (closed) return;
    closed = true;
    clearTimeout(resumeTimer);
    handlers.onEnd(error);
  };

  (async () => {
    const container = docker.getContainer(target);
    const info = await container.inspect();
    if (closed) return;
    const tty = Boolean(info.Config?.Tty);
    handlers.onInfo({
      id: info.Id,
      name: info.Name.replace(/^\//, ''),
      tty,
      running: Boolean(info.State?.Running),
    });
    const s = (await container.logs({
      follow: true,
      stdout: true,
      stderr: true,
      timestamps: true,
      ...(options.since !== undefined ? { since: options.since as unknown as number } : {}),
      ...(options.tail !== undefined ? { tail: options.tail } : {}),
    })) as unknown as Stream;
    stream = s;
    if (closed) {
      s.destroy?.();
      return;
    }
    let batch: LogLine[] = [];
    const parser = new LogParser(tty, (line) => {
      // handed on in small batches: a chunk holds thousands of lines, and holding them all until its end
      // would carry them through young-generation collections into the old generation
      if (batch.push(line) >= LINES_PER_BATCH) flush();
    });
    const flush = () => {
      if (batch.length === 0 || closed) return;
      const lines = batch;
      batch = [];
      handlers.onLines(lines);
    };
    let windowStart = performance.now();
    let busy = 0;
    s.on('data', (chunk: Buffer) => {
      const began = performance.now();
      if (began - windowStart > BUSY_WINDOW_MS) {
        windowStart = began;
        busy = 0;
      }
      parser.push(chunk);
      flush();
      busy += performance.now() - began;
      if (busy > BUSY_MAX_MS && !closed) {
        // back-pressure: the engine waits while the event loop answers keys and draws
        s.pause();
        resumeTimer = setTimeout(
          () => {
            windowStart = performance.now();
            busy = 0;
            if (!closed) s.resume();
          },
          Math.max(1, BUSY_WINDOW_MS - (began - windowStart)),
        );
      }
    });
    s.on('error', (error: unknown) => end(error));
    s.on('end', () => {
      parser.end();
      flush();
      end();
    });
    s.on('close', () => end());
  })().catch((error: unknown) => end(error));

  return () => {
    closed = true;
    clearTimeout(resumeTimer);
    stream?.destroy?.();
  };
}
