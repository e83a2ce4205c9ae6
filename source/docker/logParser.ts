// The engine's log stream → lines. Non-TTY streams are multiplexed in frames (an 8-byte header: stream
// type, 3 zero bytes, big-endian payload length); TTY streams are raw bytes. With timestamps on, every log
// message starts with an RFC3339Nano timestamp and a space. The engine cuts lines longer than 16 KiB into
// partial messages that repeat the timestamp; both forms are joined back into one line here.
import type { LogLine, LogStream } from './types.js';

/** The engine's partial-message size (moby's copier buffer). */
const PARTIAL = 16 * 1024;
/** How much of one line is kept (for search and copy); the rest is counted, not stored. */
export const LINE_CAP = 1024 * 1024;

interface StreamState {
  decoder: TextDecoder;
  /** The next byte starts a message (a timestamp comes first). */
  atStart: boolean;
  /** Inside a line (a partial message was seen, or the message did not end yet). */
  inLine: boolean;
  ts: string;
  parts: string[];
  kept: number;
  /** Characters of the current line beyond the cap. */
  dropped: number;
  /** Content bytes of the current message (TTY: where a partial message ends). */
  msgBytes: number;
  /** A timestamp split across chunks (TTY). */
  tsPending: string;
}

function newState(): StreamState {
  return {
    decoder: new TextDecoder('utf-8'),
    atStart: true,
    inLine: false,
    ts: '',
    parts: [],
    kept: 0,
    dropped: 0,
    msgBytes: 0,
    tsPending: '',
  };
}

export class LogParser {
  private readonly states: Record<LogStream, StreamState> = { stdout: newState(), stderr: newState() };
  private pending: Buffer | undefined;

  constructor(
    private readonly tty: boolean,
    private readonly onLine: (line: LogLine) => void,
    private readonly lineCap = LINE_CAP,
  ) {}

  push(chunk: Buffer): void {
    if (this.tty) {
      this.feedRaw(this.states.stdout, 'stdout', chunk);
      return;
    }
    let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let at = 0;
    while (buf.length - at >= 8) {
      const size = buf.readUInt32BE(at + 4);
      if (buf.length - at - 8 < size) break;
      const stream: LogStream = buf[at] === 2 ? 'stderr' : 'stdout';
      this.message(this.states[stream], stream, buf.subarray(at + 8, at + 8 + size));
      at += 8 + size;
    }
    buf = buf.subarray(at);
    this.pending = buf.length ? Buffer.from(buf) : undefined;
  }

  /** The stream ended: a line without its newline is still a line. */
  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const st = this.states[stream];
      if (st.inLine) this.emit(st, stream, st.decoder.decode());
      st.atStart = true;
      st.tsPending = '';
    }
    this.pending = undefined;
  }

  /** One framed message: "TIMESTAMP content" where content may end a line or continue it. */
  private message(st: StreamState, stream: LogStream, payload: Buffer): void {
    const space = payload.indexOf(0x20);
    const hasTs = space > 0 && space <= 40 && payload[4] === 0x2d;
    if (!st.inLine) st.ts = hasTs ? payload.toString('latin1', 0, space) : '';
    let at = hasTs ? space + 1 : 0;
    for (;;) {
      const nl = payload.indexOf(0x0a, at);
      if (nl < 0) {
        this.append(st, st.decoder.decode(payload.subarray(at), { stream: true }));
        st.inLine = true;
        return;
      }
      // a whole line in this frame: the decoder holds nothing, so Buffer's (faster) decoding is the same
      this.emit(
        st,
        stream,
        st.inLine ? st.decoder.decode(payload.subarray(at, nl)) : payload.toString('utf8', at, nl),
      );
      at = nl + 1;
      if (at >= payload.length) return;
    }
  }

  /** A TTY stream: messages back to back, each starting with its timestamp. */
  private feedRaw(st: StreamState, stream: LogStream, bytes: Buffer): void {
    let i = 0;
    while (i < bytes.length) {
      if (st.atStart) {
        const space = bytes.indexOf(0x20, i);
        if (space < 0) {
          st.tsPending += bytes.toString('latin1', i);
          if (st.tsPending.length > 40) {
            // not a timestamp after all: keep it as text
            this.append(st, st.tsPending);
            st.inLine = true;
            st.tsPending = '';
            st.atStart = false;
          }
          return;
        }
        const ts = st.tsPending + bytes.toString('latin1', i, space);
        st.tsPending = '';
        if (!st.inLine) st.ts = ts;
        st.atStart = false;
        st.msgBytes = 0;
        i = space + 1;
        continue;
      }
      const limit = i + (PARTIAL - st.msgBytes);
      const nl = bytes.indexOf(0x0a, i);
      if (nl >= 0 && nl < limit) {
        this.emit(st, stream, st.decoder.decode(bytes.subarray(i, nl)));
        st.atStart = true;
        i = nl + 1;
        continue;
      }
      const end = Math.min(bytes.length, limit);
      this.append(st, st.decoder.decode(bytes.subarray(i, end), { stream: true }));
      st.inLine = true;
      st.msgBytes += end - i;
      i = end;
      if (st.msgBytes >= PARTIAL) st.atStart = true;
    }
  }

  private append(st: StreamState, text: string): void {
    if (!text) return;
    const room = this.lineCap - st.kept;
    if (room >= text.length) {
      st.parts.push(text);
      st.kept += text.length;
    } else {
      if (room > 0) st.parts.push(text.slice(0, room));
      st.kept += Math.max(0, room);
      st.dropped += text.length - Math.max(0, room);
    }
  }

  private emit(st: StreamState, stream: LogStream, tail: string): void {
    this.append(st, tail);
    let text = st.parts.length === 1 ? st.parts[0]! : st.parts.join('');
    if (text.endsWith('\r') && st.dropped === 0) text = text.slice(0, -1);
    const line: LogLine = { ts: st.ts, stream, text, uid: 0, src: 0 };
    if (st.dropped) line.length = st.kept + st.dropped;
    st.parts = [];
    st.kept = 0;
    st.dropped = 0;
    st.inLine = false;
    this.onLine(line);
  }
}

/** "2026-11-27T20:00:42.651712651Z" → "1795896042.651712651", the engine's `since` form (exact to the ns). */
export function tsToSince(ts: string): string | undefined {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(ts);
  if (!m) return undefined;
  const seconds = Date.parse(`${m[1]}Z`) / 1000;
  if (!Number.isFinite(seconds)) return undefined;
  return `${seconds}.${(m[2] ?? '').padEnd(9, '0')}`;
}
