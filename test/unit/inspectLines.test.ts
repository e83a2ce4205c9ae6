import { describe, expect, it } from 'vitest';
import { inspectViewKey } from '../../source/input/inspectViewKeys.js';
import { plainKey } from '../../source/input/keyName.js';
import { documentLines, jsonTokens, processLines } from '../../source/render/inspectLines.js';
import type { InspectView } from '../../source/store/views.js';

const noKey = plainKey;

describe('inspect lines', () => {
  it('colours keys, strings, numbers and literals of pretty JSON', () => {
    const lines = documentLines({ Id: 'abc', Pid: 42, Running: true, Error: null, Args: ['a:b'] });
    expect(jsonTokens(lines[1]!)).toEqual([
      { text: '  ', kind: 'punct' },
      { text: '"Id"', kind: 'key' },
      { text: ': ', kind: 'punct' },
      { text: '"abc"', kind: 'string' },
      { text: ',', kind: 'punct' },
    ]);
    expect(jsonTokens(lines[2]!).map((t) => t.kind)).toEqual(['punct', 'key', 'punct', 'number', 'punct']);
    expect(jsonTokens(lines[3]!).find((t) => t.kind === 'literal')?.text).toBe('true');
    expect(jsonTokens(lines[4]!).find((t) => t.kind === 'literal')?.text).toBe('null');
    // a colon inside a string does not make it a key
    expect(jsonTokens('    "a:b"').map((t) => t.kind)).toEqual(['punct', 'string']);
    // escaped quotes stay inside their string
    expect(jsonTokens('"k": "say \\"hi\\""').map((t) => t.text)).toEqual(['"k"', ': ', '"say \\"hi\\""']);
  });

  it('every token together is the line', () => {
    for (const line of documentLines({ A: { b: [1, -2.5e3, 'x"y', false] }, 'we:ird': '' }))
      expect(
        jsonTokens(line)
          .map((t) => t.text)
          .join(''),
      ).toBe(line);
  });

  it('lays processes out in columns', () => {
    expect(
      processLines({
        titles: ['PID', 'CMD'],
        processes: [
          ['1', 'sleep 3600'],
          ['12345', 'sh'],
        ],
      }),
    ).toEqual(['PID    CMD', '1      sleep 3600', '12345  sh']);
  });
});

describe('inspect view keys', () => {
  const view: InspectView = {
    kind: 'inspect',
    containerId: 'c1',
    name: 'web',
    tab: 'inspect',
    tabs: { inspect: ['{', '  "Id": "c1"', '}'], env: ['A=1', 'B=2'], top: ['PID'] },
    lines: ['{', '  "Id": "c1"', '}'],
    top: 0,
    search: '',
    searching: false,
  };

  it('tab, shift-tab and the arrows switch tabs and show their lines', () => {
    const env = inspectViewKey(view, '', { ...noKey, tab: true }, 10);
    expect(env).toEqual({ view: { ...view, tab: 'env', lines: ['A=1', 'B=2'] } });
    const back = inspectViewKey(view, '', { ...noKey, tab: true, shift: true }, 10);
    expect(back && 'view' in back && back.view.tab).toBe('top');
    const right = inspectViewKey(view, '', { ...noKey, rightArrow: true }, 10);
    expect(right && 'view' in right && right.view.tab).toBe('env');
  });

  it('searches like a text view, and tab is not a tab switch while typing a search', () => {
    const searching = inspectViewKey(view, '/', noKey, 10);
    expect(searching && 'view' in searching && searching.view.searching).toBe(true);
    if (!searching || !('view' in searching)) return;
    const typed = inspectViewKey(searching.view, 'I', noKey, 10);
    expect(typed && 'view' in typed && typed.view.search).toBe('I');
    const tab = inspectViewKey(searching.view, '', { ...noKey, tab: true }, 10);
    expect(tab === undefined || ('view' in tab && tab.view.tab === 'inspect')).toBe(true);
    expect(inspectViewKey(view, 'q', noKey, 10)).toEqual({ close: true });
  });
});
