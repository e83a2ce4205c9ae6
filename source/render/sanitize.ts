// Nothing a container, an image or a log line contains reaches the terminal raw (DESIGN.md §8):
// control characters become visible, inert stand-ins.

// C0 controls, DEL and C1 controls (0x80–0x9f, which some terminals obey as 8-bit escapes).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** For table cells and titles: every control character shown as a visible, harmless symbol. */
export function inert(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x1b) return '␛';
    if (code === 0x09) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '␡';
    return '�';
  });
}
