import { describe, expect, it } from 'vitest';
import {
  applyProgress,
  bar,
  emptyProgress,
  overallFraction,
  type ProgressEvent,
} from '../../source/docker/progress.js';

// A pull as dockerd 20.10 reports it (recorded from the private engine and a local registry).
const PULL: ProgressEvent[] = [
  { status: 'Pulling from berth/test', id: '1' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'a1c5b3aa2756' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'b2c5b3aa2757' },
  { status: 'Downloading', progressDetail: { current: 500, total: 1000 }, id: 'a1c5b3aa2756' },
  { status: 'Download complete', progressDetail: {}, id: 'b2c5b3aa2757' },
];

describe('pull progress', () => {
  it('tracks each layer and the overall fraction', () => {
    const p = PULL.reduce(applyProgress, emptyProgress());
    expect(p.layers.map((l) => l.id)).toEqual(['a1c5b3aa2756', 'b2c5b3aa2757']);
    expect(p.messages).toEqual(['1: Pulling from berth/test']);
    // layer 1: half downloaded = 0.4; layer 2: downloaded = 0.8
    expect(overallFraction(p)).toBeCloseTo(0.6);
    const done = [
      ...PULL,
      { status: 'Pull complete', progressDetail: {}, id: 'a1c5b3aa2756' },
      { status: 'Pull complete', progressDetail: {}, id: 'b2c5b3aa2757' },
    ].reduce(applyProgress, emptyProgress());
    expect(overallFraction(done)).toBe(1);
  });

  it('keeps the engine error', () => {
    const p = applyProgress(emptyProgress(), {
      error: 'manifest unknown',
      errorDetail: { message: 'manifest for x:1 not found: manifest unknown' },
    });
    expect(p.error).toBe('manifest for x:1 not found: manifest unknown');
  });

  it('draws a bar of the asked width', () => {
    expect(bar(0.5, 17)).toBe('[█████░░░░░]  50%');
    expect(bar(1, 17)).toBe('[██████████] 100%');
  });
});
