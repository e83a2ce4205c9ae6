import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { editLine } from '../../source/input/editLine.js';
import { keyName } from '../../source/input/keyName.js';
import { plainKey } from './key.js';

const k = (over: Partial<Key> = {}): Key => ({ ...plainKey, ...over });

describe('editLine', () => {
  it('appends printable input, a paste too', () => {
    expect(editLine('we', 'b', k())).toBe('web');
    expect(editLine('', 'shop api', k())).toBe('shop api');
  });

  it('deletes the last character, a whole code point', () => {
    expect(editLine('web', '', k({ backspace: true }))).toBe('we');
    expect(editLine('a😀', '', k({ delete: true }))).toBe('a');
    expect(editLine('', '', k({ backspace: true }))).toBe('');
  });

  it('clears with ctrl-u and deletes a word with ctrl-w', () => {
    expect(editLine('shop api', 'u', k({ ctrl: true }))).toBe('');
    expect(editLine('shop api  ', 'w', k({ ctrl: true }))).toBe('shop ');
  });

  it('is not an edit for enter, esc, arrows, tab, other ctrl keys and meta', () => {
    for (const over of [
      { return: true },
      { escape: true },
      { tab: true },
      { upArrow: true },
      { downArrow: true },
      { leftArrow: true },
      { rightArrow: true },
      { pageUp: true },
      { pageDown: true },
      { ctrl: true },
      { meta: true },
    ]) {
      expect(editLine('x', 'a', k(over))).toBeUndefined();
    }
  });

  it('drops control characters a paste may carry', () => {
    expect(editLine('', 'a\x1b[2Jb\r', k())).toBe('a[2Jb');
    expect(editLine('x', '\x07', k())).toBeUndefined();
  });
});

describe('keyName', () => {
  it('names keys the way the keymap table writes them', () => {
    expect(keyName('j', k())).toBe('j');
    expect(keyName('G', k({ shift: true }))).toBe('G');
    expect(keyName('', k({ downArrow: true }))).toBe('down');
    expect(keyName('', k({ pageDown: true }))).toBe('pagedown');
    expect(keyName('', k({ tab: true }))).toBe('tab');
    expect(keyName('', k({ tab: true, shift: true }))).toBe('shift-tab');
    expect(keyName('', k({ escape: true }))).toBe('escape');
    expect(keyName('\r', k({ return: true }))).toBe('enter');
    expect(keyName('c', k({ ctrl: true }))).toBe('ctrl-c');
    expect(keyName(' ', k())).toBe('space');
    expect(keyName('', k({ backspace: true }))).toBe('backspace');
    expect(keyName('', k({ home: true }))).toBe('home');
    expect(keyName('', k({ end: true }))).toBe('end');
  });
});
