import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { textViewKey } from '../../source/input/textViewKeys.js';
import { type TextView, textView } from '../../source/store/views.js';

const key = (over: Partial<Key> = {}): Key =>
  ({ ctrl: false, shift: false, meta: false, return: false, escape: false, ...over }) as Key;
const lines = Array.from({ length: 100 }, (_, i) => (i % 25 === 7 ? `match ${i}` : `line ${i}`));

function press(view: TextView, input: string, over: Partial<Key> = {}): TextView {
  const step = textViewKey(view, input, key(over), 10);
  if (!step || !('view' in step)) throw new Error(`no view after ${input}`);
  return step.view;
}

describe('text view keys', () => {
  it('scrolls by line and page and stops at both ends', () => {
    let v = textView('t', lines);
    v = press(v, 'j');
    expect(v.top).toBe(1);
    v = press(v, '', { pageDown: true });
    expect(v.top).toBe(10);
    v = press(v, 'G');
    expect(v.top).toBe(90);
    v = press(v, 'j');
    expect(v.top).toBe(90);
    v = press(v, 'g');
    expect(v.top).toBe(0);
    v = press(v, 'k');
    expect(v.top).toBe(0);
  });

  it('searches with / and jumps between matches with n and N, wrapping', () => {
    let v = textView('t', lines);
    v = press(v, '/');
    for (const ch of 'MATCH') v = press(v, ch);
    v = press(v, '', { return: true });
    expect(v.top).toBe(7);
    v = press(v, 'n');
    expect(v.top).toBe(32);
    v = press(v, 'N');
    expect(v.top).toBe(7);
    v = press(v, 'N');
    expect(v.top).toBe(82);
  });

  it('closes on esc or q', () => {
    expect(textViewKey(textView('t', lines), 'q', key(), 10)).toEqual({ close: true });
    expect(textViewKey(textView('t', lines), '', key({ escape: true }), 10)).toEqual({ close: true });
  });
});
