// Lines as text (for copy and save), and saving them to a file.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLine } from '../docker/types.js';
import { inert } from '../render/sanitize.js';
import { plainText } from './search.js';
import type { LogSession } from './session.js';

export interface AsText {
  timestamps: boolean;
  /** Prefix each line with its container's name (merged logs). */
  names: boolean;
  /** For the clipboard: colour codes out and controls inert, as on screen; a file gets the raw text. */
  shown: boolean;
}

export function lineAsText(line: LogLine, session: LogSession, how: AsText): string {
  const text = how.shown ? inert(plainText(line)) : line.text;
  const name = how.names ? `${session.sources[line.src]?.name ?? '?'} | ` : '';
  return `${how.timestamps ? `${line.ts} ` : ''}${name}${text}`;
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Writes the lines to berth-logs-NAME-TIME.log in the working directory (else the temp directory);
 *  never over an existing file; readable by the user only (logs hold secrets). Returns the path. */
export async function saveLines(
  name: string,
  text: string,
  dirs = [process.cwd(), tmpdir()],
  now = new Date(),
): Promise<string> {
  const file = `berth-logs-${name.replace(/[^\w.-]+/g, '_').slice(0, 60)}-${stamp(now)}.log`;
  let last: unknown;
  for (const dir of dirs) {
    const path = join(dir, file);
    try {
      await writeFile(path, text, { mode: 0o600, flag: 'wx' });
      return path;
    } catch (error) {
      last = error;
    }
  }
  throw last;
}
