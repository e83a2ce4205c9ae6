// The README's key table, made from the keymap table (source/keymap.ts), so the two never disagree.
import { BINDINGS, type Binding, displayKey } from '../source/keymap.js';
import { PANE_TITLES } from '../source/store/state.js';
import { markdownTable } from './markdownTable.js';

export const START = '<!-- keys:start -->';
export const END = '<!-- keys:end -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (key: string) => `\`${displayKey(key)}\``;

function where(b: Binding): string {
  return b.panes === 'all' ? 'anywhere' : b.panes.map((p) => PANE_TITLES[p].toLowerCase()).join(', ');
}

function does(b: Binding): string {
  const notes = [b.dangerous ? 'asks first' : '', b.mutating ? 'off with --read-only' : ''].filter(Boolean);
  return notes.length ? `${b.description} (${notes.join('; ')})` : b.description;
}

export function keysMarkdown(bindings: readonly Binding[] = BINDINGS): string {
  return markdownTable(
    ['key', 'where', 'does'],
    bindings.map((b) => [b.keys.map((k) => cell(code(k))).join(' '), cell(where(b)), cell(does(b))]),
  );
}

/** `text` with what lies between two marker lines replaced by `content`. */
export function replaceBlock(text: string, startMarker: string, endMarker: string, content: string): string {
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`README.md has no ${startMarker} … ${endMarker} markers`);
  return `${text.slice(0, start + startMarker.length)}\n${content.trim()}\n${text.slice(end)}`;
}

/** The README with the text between the markers replaced by the current table. */
export function withKeyTable(readme: string, table = keysMarkdown()): string {
  return replaceBlock(readme, START, END, table);
}
