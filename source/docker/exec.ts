// Running things in containers over dockerode: an interactive shell (exec with a TTY, hijacked),
// a command with its output captured (exec without a TTY, demultiplexed), and attach to the main process.
import type { Duplex } from 'node:stream';
import { PassThrough } from 'node:stream';
import type Docker from 'dockerode';
import type { EngineClient, TerminalIO } from './types.js';

type ExecParts = Pick<EngineClient, 'execInteractive' | 'execCommand' | 'attachContainer'>;

const CTRL_C = 0x03;
const CTRL_P = 0x10;
const CTRL_Q = 0x11;

interface PumpOptions {
  /** Sends the terminal's size to the engine (exec or container resize). */
  resize: (size: { h: number; w: number }) => Promise<unknown>;
  /** Watch the keys for ctrl-p ctrl-q (and, when set, ctrl-c) and detach on them instead of sending them. */
  detach?: { onCtrlC: boolean };
  /** The stream carries stdout and stderr multiplexed (no TTY): demultiplex it. */
  demux?: (stream: Duplex, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream) => void;
}

/**
 * Connects the terminal to a hijacked engine stream: keys in (raw mode), output out, resizes forwarded,
 * until the stream ends or the user detaches. Everything it sets up it takes down again.
 */
function pumpTerminal(stream: Duplex, io: TerminalIO, options: PumpOptions): Promise<'detached' | 'ended'> {
  const { stdin, stdout } = io;
  return new Promise((resolve) => {
    let finished = false;
    let heldCtrlP = false;
    const wasRaw = stdin.isTTY ? stdin.isRaw : false;

    const sendSize = () => {
      if (!stdout.columns || !stdout.rows) return;
      options.resize({ h: stdout.rows, w: stdout.columns }).catch(() => {
        // the session may just have ended; a lost resize is harmless
      });
    };
    const finish = (how: 'detached' | 'ended') => {
      if (finished) return;
      finished = true;
      stdin.off('data', onKeys);
      stdout.off('resize', sendSize);
      stream.off('data', onOutput);
      stream.off('end', onEnd);
      stream.off('close', onEnd);
      stream.off('error', onEnd);
      if (stdin.isTTY) stdin.setRawMode(wasRaw);
      stdin.pause();
      if (how === 'detached') stream.destroy();
      else stream.end();
      resolve(how);
    };
    const onEnd = () => finish('ended');
    const onOutput = (chunk: Buffer) => stdout.write(chunk);
    const onKeys = (data: Buffer | string) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      if (!options.detach) {
        stream.write(bytes);
        return;
      }
      // Hold a ctrl-p until the next byte says whether it starts the detach sequence.
      const out: number[] = [];
      for (const byte of bytes) {
        if (heldCtrlP) {
          heldCtrlP = false;
          if (byte === CTRL_Q) {
            if (out.length) stream.write(Buffer.from(out));
            finish('detached');
            return;
          }
          out.push(CTRL_P);
        }
        if (byte === CTRL_P) heldCtrlP = true;
        else if (byte === CTRL_C && options.detach.onCtrlC) {
          if (out.length) stream.write(Buffer.from(out));
          finish('detached');
          return;
        } else out.push(byte);
      }
      if (out.length) stream.write(Buffer.from(out));
    };

    if (options.demux) {
      const out = new PassThrough();
      out.on('data', onOutput);
      options.demux(stream, out, out);
    } else {
      stream.on('data', onOutput);
    }
    stream.on('end', onEnd);
    stream.on('close', onEnd);
    stream.on('error', onEnd);
    if (stdin.isTTY) stdin.setRawMode(true);
    stdin.on('data', onKeys);
    stdin.resume();
    stdout.on('resize', sendSize);
    sendSize();
  });
}

export function execParts(docker: Docker): ExecParts {
  return {
    async execInteractive(id: string, argv: string[], io: TerminalIO) {
      const exec = await docker.getContainer(id).exec({
        Cmd: argv,
        AttachStdin: true,
        AttachStdout: true,
        AttachStderr: true,
        Tty: true,
        Env: [`TERM=${process.env.TERM || 'xterm'}`],
      });
      const stream = (await exec.start({ hijack: true, stdin: true, Tty: true })) as Duplex;
      await pumpTerminal(stream, io, { resize: (size) => exec.resize(size) });
      const info = await exec.inspect();
      return info.ExitCode ?? undefined;
    },

    async execCommand(id, argv, onOutput) {
      const exec = await docker.getContainer(id).exec({
        Cmd: argv,
        AttachStdin: false,
        AttachStdout: true,
        AttachStderr: true,
        Tty: false,
      });
      const stream = (await exec.start({ hijack: true, stdin: false })) as Duplex;
      const out = new PassThrough();
      out.setEncoding('utf8');
      out.on('data', (text: string) => onOutput(text));
      docker.modem.demuxStream(stream, out, out);
      let cancelled = false;
      const done = new Promise<number | undefined>((resolve, reject) => {
        const finish = () => {
          stream.off('end', finish);
          stream.off('close', finish);
          if (cancelled) {
            resolve(undefined);
            return;
          }
          exec.inspect().then((info) => resolve(info.ExitCode ?? undefined), reject);
        };
        stream.on('end', finish);
        stream.on('close', finish);
        stream.on('error', (error) => (cancelled ? resolve(undefined) : reject(error)));
      });
      return {
        done,
        cancel() {
          cancelled = true;
          stream.destroy();
        },
      };
    },

    async attachContainer(id, io, { tty }) {
      const container = docker.getContainer(id);
      const stream = (await container.attach({
        stream: true,
        stdin: true,
        stdout: true,
        stderr: true,
        hijack: true,
      })) as Duplex;
      return pumpTerminal(stream, io, {
        resize: (size) => container.resize(size),
        // with a TTY, ctrl-c goes to the process as the docker CLI sends it; without one it would be a
        // plain byte on stdin, so there it detaches instead of doing something surprising
        detach: { onCtrlC: !tty },
        demux: tty ? undefined : (s, out, err) => docker.modem.demuxStream(s, out, err),
      });
    },
  };
}
