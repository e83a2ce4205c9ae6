import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIPBOARD_CAP, copyToClipboard, osc52 } from '../../../source/clipboard.js';
import { saveLines } from '../../../source/logs/save.js';

describe('copy with OSC 52', () => {
  it('writes the text base64-encoded in one OSC 52 sequence', () => {
    expect(osc52('héllo', {})).toBe(`\x1b]52;c;${Buffer.from('héllo').toString('base64')}\x07`);
  });

  it('inside tmux, also sends it through the passthrough with every ESC doubled', () => {
    const seq = osc52('x', { TMUX: '/tmp/tmux-0/default,1,0' });
    const plain = `\x1b]52;c;eA==\x07`;
    expect(seq).toBe(`${plain}\x1bPtmux;\x1b\x1b]52;c;eA==\x07\x1b\\`);
  });

  it('cuts what does not fit, and says so', () => {
    let written = '';
    const big = 'x'.repeat(CLIPBOARD_CAP + 10);
    const result = copyToClipboard(big, { write: (d: string) => (written += d) }, {});
    expect(result).toEqual({ bytes: CLIPBOARD_CAP, cut: true });
    expect(Buffer.from(written.slice(7, -1), 'base64').length).toBe(CLIPBOARD_CAP);
  });
});

describe('saving logs', () => {
  it('writes a new file, readable by the user only, and never over another', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-save-'));
    try {
      const now = new Date();
      const path = await saveLines('api/1', 'a\nb\n', [dir], now);
      expect(path.startsWith(dir)).toBe(true);
      expect(path).toMatch(/berth-logs-api_1-\d{8}T\d{6}Z\.log$/);
      expect(readFileSync(path, 'utf8')).toBe('a\nb\n');
      expect(statSync(path).mode & 0o777).toBe(0o600);
      await expect(saveLines('api/1', 'again', [dir], now)).rejects.toThrow(/EEXIST/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
