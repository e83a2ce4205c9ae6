// Scanning for SGR sequences (colours and styles: ESC [ params m), the only escapes berth's lines carry.

/** Index of the `m` ending the SGR sequence at `at` (an ESC) with parameters of digits and `;`, or -1. */
export function sgrEnd(line: string, at: number): number {
  if (line.charCodeAt(at + 1) !== 0x5b) return -1;
  for (let i = at + 2; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x6d) return i;
    if (c !== 0x3b && (c < 0x30 || c > 0x39)) return -1;
  }
  return -1;
}

/** Whether every escape in the text is an SGR sequence (parameters of digits, `;` and `:`), with no C1
 *  control: the text ink's sanitizer would give back unchanged, found without tokenizing it. */
export function onlySgr(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && c <= 0x9f) return false;
    if (c !== 0x1b) continue;
    if (text.charCodeAt(i + 1) !== 0x5b) return false;
    let j = i + 2;
    for (; j < text.length; j++) {
      const p = text.charCodeAt(j);
      if (p !== 0x3b && p !== 0x3a && (p < 0x30 || p > 0x39)) break;
    }
    if (text.charCodeAt(j) !== 0x6d) return false;
    i = j;
  }
  return true;
}
