// Attaching to a container's streams, starting it, and following it to its exit: the engine side of a
// foreground `docker run` (interactive with -it, or just its output). The terminal side (raw mode, keys,
// the messages around it) is the caller's; this file only moves bytes.
import type Docker from 'dockerode';

export interface AttachOptions {
  /** The container was created with a terminal: its output is one raw stream, and it can be resized. */
  tty: boolean;
  /** Bytes for the container's stdin (interactive runs); absent: stdin is not attached. */
  input?: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The terminal's size now, and a way to hear when it changes (returns the unsubscribe). */
  size?: () => { rows: number; columns: number };
  onResize?: (listener: () => void) => () => void;
  /** Aborting detaches: the container keeps running. */
  signal?: AbortSignal;
}

export interface AttachOutcome {
  /** The container's exit code; absent when berth detached (the container still runs). */
  exitCode?: number;
  detached: boolean;
}

const FLUSH_MS = 1500; // after the exit, how long the rest of the output may take to arrive

/** A pause that never keeps the process alive on its own. */
const pause = <T>(ms: number, value: T): Promise<T> =>
  new Promise((done) => setTimeout(() => done(value), ms).unref());

/** Attaches first (so no output is lost), then starts the container, then follows it until it exits. */
export async function attachAndStart(
  docker: Docker,
  id: string,
  options: AttachOptions,
): Promise<AttachOutcome> {
  const container = docker.getContainer(id);
  const stream = (await container.attach({
    stream: true,
    stdin: !!options.input,
    stdout: true,
    stderr: true,
    hijack: !!options.input,
  })) as NodeJS.ReadWriteStream & { destroy?: () => void };
  const ended = new Promise<void>((done) => {
    stream.on('end', done);
    stream.on('close', done);
    stream.on('error', () => done());
  });
  if (options.tty) stream.on('data', (chunk: Buffer) => options.output.write(chunk));
  else docker.modem.demuxStream(stream, options.output, options.output);
  // wait for the next exit before starting, so a quick exit (or --rm removing it) cannot be missed
  const exited = container
    .wait({ condition: 'next-exit' })
    .then((r: { StatusCode?: number }) => r.StatusCode ?? 0)
    .catch(() => undefined);
  const onInput = (chunk: Buffer) => stream.write(chunk);
  let unsubscribe: (() => void) | undefined;
  // keys go to the container from now on: the engine holds them until the process reads its stdin
  options.input?.on('data', onInput);
  try {
    await container.start();
    if (options.tty && options.size) {
      const resize = () => {
        const { rows, columns } = options.size!();
        // a container that already exited cannot be resized; nothing to tell anyone
        container.resize({ h: rows, w: columns }).catch(() => undefined);
      };
      resize();
      unsubscribe = options.onResize?.(resize);
    }
    const detach = new Promise<'detached'>((done) => {
      if (options.signal?.aborted) done('detached');
      options.signal?.addEventListener('abort', () => done('detached'), { once: true });
    });
    const first = await Promise.race([
      exited.then((code) => ({ code })),
      ended.then(() => 'ended' as const),
      detach,
    ]);
    if (first === 'detached') return { detached: true };
    if (first === 'ended') {
      // the stream ends on exit, and also on the engine's detach keys (ctrl-p ctrl-q): the wait tells which
      const code = await Promise.race([exited, pause(FLUSH_MS, 'running' as const)]);
      return code === 'running' ? { detached: true } : { exitCode: code, detached: false };
    }
    await Promise.race([ended, pause(FLUSH_MS, undefined)]);
    return { exitCode: first.code, detached: false };
  } finally {
    options.input?.off('data', onInput);
    unsubscribe?.();
    stream.destroy?.();
  }
}
