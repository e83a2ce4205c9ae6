import { describe, expect, it } from 'vitest';
import { lineSplitter, toEngineEvent } from '../../source/docker/events.js';
import { recordedEvents, recordedEventsText } from './fixtures.js';

describe('toEngineEvent', () => {
  it('maps recorded container events: type, action, id, name, time in ns', () => {
    const events = recordedEvents().map(toEngineEvent);
    const start = events.find((e) => e.type === 'container' && e.action === 'start' && e.name === 'p-none');
    expect(start).toBeDefined();
    expect(start!.id.startsWith('948c47526071')).toBe(true);
    expect(start!.attributes.image).toBe('berth-test:latest');
    expect(start!.timeNano).toBeGreaterThan(1.7e18);
    const destroy = events.find((e) => e.action === 'destroy');
    expect(destroy?.name).toBe('fresh');
  });

  it('keeps the exec command in the action, as the engine sends it', () => {
    const actions = recordedEvents()
      .map(toEngineEvent)
      .map((e) => e.action);
    expect(actions).toContain('exec_create: true ');
    expect(actions).toContain('exec_die');
  });

  it('maps network and image events, which have no status field', () => {
    const events = recordedEvents().map(toEngineEvent);
    const net = events.find((e) => e.type === 'network' && e.action === 'create');
    expect(net?.name).toBe('fdn-net');
    expect(events.some((e) => e.type === 'image' && e.action === 'tag')).toBe(true);
  });

  it('falls back to the old fields (status, id, time) and to defaults', () => {
    expect(toEngineEvent({ status: 'die', id: 'abc', time: 2 })).toEqual({
      type: 'unknown',
      action: 'die',
      id: 'abc',
      name: undefined,
      timeNano: 2e9,
      attributes: {},
    });
  });
});

describe('lineSplitter', () => {
  it('splits the recorded stream into one line per event, whatever the chunk boundaries', () => {
    const text = recordedEventsText();
    const expected = text.split('\n').filter((l) => l.trim());
    for (const size of [1, 7, 100, text.length]) {
      const lines: string[] = [];
      const split = lineSplitter((l) => lines.push(l));
      for (let i = 0; i < text.length; i += size) split(Buffer.from(text.slice(i, i + size)));
      expect(lines).toEqual(expected);
    }
  });

  it('holds a partial line until its newline arrives and skips blank lines', () => {
    const lines: string[] = [];
    const split = lineSplitter((l) => lines.push(l));
    split('{"a":');
    expect(lines).toEqual([]);
    split('1}\n\n  \n{"b":2}');
    expect(lines).toEqual(['{"a":1}']);
    split('\n');
    expect(lines).toEqual(['{"a":1}', '{"b":2}']);
  });
});
