import { describe, expect, it } from 'vitest';
import { BINDINGS, bindingsFor, displayKey, lookup, lookupBlocked } from '../../source/keymap.js';
import { PANES } from '../../source/store/state.js';

describe('the binding table', () => {
  it('binds no key twice on any pane', () => {
    for (const pane of PANES) {
      const keys = bindingsFor(pane).flatMap((b) => b.keys);
      expect(new Set(keys).size, `duplicate key on ${pane}`).toBe(keys.length);
    }
  });

  it('has the core keys of DESIGN.md §3', () => {
    const expected: Record<string, string> = {
      '1': 'pane.containers',
      '6': 'pane.system',
      tab: 'pane.next',
      'shift-tab': 'pane.previous',
      j: 'move.down',
      down: 'move.down',
      k: 'move.up',
      up: 'move.up',
      g: 'move.top',
      G: 'move.bottom',
      pagedown: 'move.pageDown',
      pageup: 'move.pageUp',
      '/': 'filter',
      '?': 'help',
      escape: 'back',
      q: 'quit',
      'ctrl-c': 'quit',
      S: 'toggleStopped',
    };
    for (const [key, command] of Object.entries(expected))
      expect(lookup(key, 'containers')?.command).toBe(command);
  });

  it('gives every binding a label and a description', () => {
    for (const b of BINDINGS) {
      expect(b.label.length).toBeGreaterThan(0);
      expect(b.description.length).toBeGreaterThan(0);
      expect(b.keys.length).toBeGreaterThan(0);
    }
  });
});

describe('lookup', () => {
  it('finds a key only on the panes it applies to', () => {
    expect(lookup('S', 'containers')?.command).toBe('toggleStopped');
    expect(lookup('S', 'images')).toBeUndefined();
    expect(lookup('j', 'system')).toBeUndefined();
    expect(lookup('q', 'system')?.command).toBe('quit');
    expect(lookup('nothing', 'containers')).toBeUndefined();
  });
});

describe('read-only', () => {
  it('takes every mutating binding away and keeps every other one', () => {
    for (const pane of PANES) {
      expect(bindingsFor(pane, { readOnly: true })).toEqual(bindingsFor(pane).filter((b) => !b.mutating));
    }
    expect(lookup('x', 'containers')?.mutating).toBe(true);
    expect(lookup('x', 'containers', { readOnly: true })).toBeUndefined();
    expect(lookup('j', 'containers', { readOnly: true })?.command).toBe('move.down');
  });

  it('still finds a blocked key, so the UI can say read-only', () => {
    expect(lookupBlocked('x', 'containers')?.command).toBe('container.stop');
    expect(lookupBlocked('j', 'containers')).toBeUndefined();
  });
});

describe('displayKey', () => {
  it('writes keys as people read them', () => {
    expect(displayKey('ctrl-c')).toBe('^c');
    expect(displayKey('pagedown')).toBe('pgdn');
    expect(displayKey('pageup')).toBe('pgup');
    expect(displayKey('escape')).toBe('esc');
    expect(displayKey('down')).toBe('↓');
    expect(displayKey('up')).toBe('↑');
    expect(displayKey('enter')).toBe('⏎');
    expect(displayKey('G')).toBe('G');
  });
});
