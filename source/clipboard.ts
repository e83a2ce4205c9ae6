// Copy to the clipboard of the terminal the user sits at, even over SSH: OSC 52 ("ESC ] 52 ; c ; base64
// BEL"). Inside tmux the sequence goes out twice: plain (tmux takes it when set-clipboard is on and
// forwards it to the outer terminal) and wrapped in tmux's DCS passthrough (used when allow-passthrough is
// on, and always by tmux before 3.3). Both set the same text, so a terminal that sees both is fine.

/** Terminals cap OSC 52 payloads (xterm and tmux at around 1 MB of base64); stay well below. */
export const CLIPBOARD_CAP = 512 * 1024;

export function osc52(text: string, env: NodeJS.ProcessEnv = process.env): string {
  const seq = `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
  if (!env.TMUX) return seq;
  // passthrough: DCS tmux; <sequence with every ESC doubled> ST
  return `${seq}\x1bPtmux;${seq.replaceAll('\x1b', '\x1b\x1b')}\x1b\\`;
}

export interface CopyResult {
  bytes: number;
  /** The text was longer than the cap and only its start was copied. */
  cut: boolean;
}

export function copyToClipboard(
  text: string,
  out: { write: (data: string) => unknown } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): CopyResult {
  let cut = false;
  let payload = text;
  if (Buffer.byteLength(payload) > CLIPBOARD_CAP) {
    payload = Buffer.from(payload)
      .subarray(0, CLIPBOARD_CAP)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
    cut = true;
  }
  out.write(osc52(payload, env));
  return { bytes: Buffer.byteLength(payload), cut };
}
