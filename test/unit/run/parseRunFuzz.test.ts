// Property tests with a small seeded generator: random docker-run lines never make the parser throw, and
// always yield either a request that passes every validator or an error naming a field; a request put
// into the run dialog and read back is the same request.
import { describe, expect, it } from 'vitest';
import { extrasOf, formToRequest, runFormFields } from '../../../source/run/form.js';
import { parseRun } from '../../../source/run/parseRun.js';
import { checkImage, checkName } from '../../../source/run/specs.js';
import { rng } from '../../support/rng.js';

const FLAGS = [
  '-d',
  '-i',
  '-t',
  '-it',
  '-dit',
  '--rm',
  '-P',
  '--name',
  '-e',
  '--env',
  '-v',
  '--volume',
  '--mount',
  '-p',
  '--publish',
  '--restart',
  '--network',
  '--net',
  '-l',
  '--label',
  '-w',
  '--workdir',
  '-u',
  '--user',
  '--entrypoint',
  '-h',
  '--hostname',
  '--',
  '-',
  '--bogus',
  '-x',
  'docker',
  'run',
  'container',
];
const VALUES = [
  'web',
  'my_nginx',
  'x',
  'A=1',
  'A',
  '=1',
  'B=two words',
  '/h:/c',
  '/h:/c:ro',
  'vol:/d',
  '/cache',
  'rel:c',
  '80',
  '8080:80',
  '127.0.0.1:8080:80',
  '[::1]:1:2',
  '80-81',
  '1:2:3:4',
  '70000',
  '53/udp',
  'always',
  'on-failure:3',
  'no',
  'none',
  'host',
  'a=b',
  '/srv',
  '1000:1000',
  '',
  ' ',
  'busybox',
  'berth-test:latest',
  'Upper',
  'a@sha256:1',
  'type=bind,source=/a,target=/b',
  'type=tmpfs,target=/t',
  'true',
  'false',
  '=x',
];
const CHARS = 'abcAZ09-_=:/.@, "\'\\\t-';

function randomWord(next: () => number): string {
  const r = next();
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  if (r < 0.35) return pick(FLAGS);
  if (r < 0.75) return pick(VALUES);
  if (r < 0.85) return `${pick(FLAGS)}=${pick(VALUES)}`;
  let w = '';
  const n = Math.floor(next() * 12);
  for (let i = 0; i < n; i++) w += pick([...CHARS]);
  return w;
}

function randomLine(next: () => number): string[] {
  const n = Math.floor(next() * 10);
  return Array.from({ length: n }, () => randomWord(next));
}

const RUNS = 3000;

describe('parseRun on random input', () => {
  it(`never throws and yields a valid request or a named error (${RUNS} seeded lines)`, () => {
    const next = rng(20240607);
    let requests = 0;
    let errors = 0;
    for (let run = 0; run < RUNS; run++) {
      const words = randomLine(next);
      let result: ReturnType<typeof parseRun>;
      try {
        result = parseRun(words, { A: 'from-env' });
      } catch (error) {
        throw new Error(`parseRun threw on ${JSON.stringify(words)}: ${String(error)}`);
      }
      if ('error' in result) {
        errors++;
        expect(result.error.field, JSON.stringify(words)).toBeTruthy();
        expect(result.error.message.length, JSON.stringify(words)).toBeGreaterThan(0);
        continue;
      }
      requests++;
      const r = result.request;
      expect('value' in checkImage(r.image), JSON.stringify(words)).toBe(true);
      if (r.name !== undefined) expect('value' in checkName(r.name), JSON.stringify(words)).toBe(true);
      for (const p of r.ports) {
        expect(p.containerPort).toBeGreaterThanOrEqual(1);
        expect(p.containerPort).toBeLessThanOrEqual(65535);
      }
      for (const v of r.volumes) expect(v.target.startsWith('/')).toBe(true);
      for (const e of r.env) expect(e.split('=')[0]!.length).toBeGreaterThan(0);
      expect(r.remove && r.restart.name !== 'no').toBe(false);
    }
    // the generator must exercise both outcomes, or it tests nothing
    expect(requests).toBeGreaterThan(50);
    expect(errors).toBeGreaterThan(50);
  });

  it('a parsed request survives the run dialog: fields → request is the same request', () => {
    const next = rng(7);
    let checked = 0;
    for (let run = 0; run < RUNS; run++) {
      const result = parseRun(randomLine(next), {});
      if ('error' in result) continue;
      const original = result.request;
      // the dialog has three modes; -i or -t alone are not among them
      if (!original.detach && original.interactive !== original.tty) continue;
      const fields = runFormFields(original);
      const values = Object.fromEntries(fields.map((f) => [f.id, f.value]));
      const back = formToRequest(values, {}, extrasOf(original));
      expect(back, JSON.stringify(values)).toHaveProperty('request');
      if (!('request' in back)) continue;
      expect(back.request).toEqual(original);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
