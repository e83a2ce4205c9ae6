import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keysMarkdown, withKeyTable } from '../../scripts/readmeKeys.js';
import type { Binding } from '../../source/keymap.js';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('the README', () => {
  it('has the key table of source/keymap.ts (run `npm run readme:keys` after changing bindings)', () => {
    expect(withKeyTable(readme)).toBe(readme);
  });

  it('starts with the two set-up commands', () => {
    const top = readme.slice(0, 1500);
    expect(top).toContain('npm ci && npm run demo');
    expect(top).toContain('npm ci && npm test');
  });
});

describe('keysMarkdown', () => {
  it('writes one row per binding, keys as people read them, and escapes pipes', () => {
    const bindings: Binding[] = [
      { command: 'quit', keys: ['q', 'ctrl-c'], panes: 'all', label: 'quit', description: 'Quit berth' },
      {
        command: 'filter',
        keys: ['|'],
        panes: ['containers', 'images'],
        label: 'x',
        description: 'Remove',
        mutating: true,
        dangerous: true,
      },
    ];
    expect(keysMarkdown(bindings)).toBe(
      [
        '| key      | where              | does                                      |',
        '| -------- | ------------------ | ----------------------------------------- |',
        '| `q` `^c` | anywhere           | Quit berth                                |',
        '| `\\|`     | containers, images | Remove (asks first; off with --read-only) |',
      ].join('\n'),
    );
  });

  it('fails loudly without the markers', () => {
    expect(() => withKeyTable('no markers here')).toThrow(/keys:start/);
  });
});
