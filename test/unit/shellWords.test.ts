import { describe, expect, it } from 'vitest';
import { shellWords } from '../../source/input/shellWords.js';

describe('shellWords', () => {
  it.each([
    ['docker run -d nginx', ['docker', 'run', '-d', 'nginx']],
    ['  spaced   out  ', ['spaced', 'out']],
    [`-e "A=hello world" x`, ['-e', 'A=hello world', 'x']],
    [`-e 'A=$HOME "q"'`, ['-e', 'A=$HOME "q"']],
    [String.raw`a\ b c`, ['a b', 'c']],
    [String.raw`"a \"quoted\" \\ word"`, ['a "quoted" \\ word']],
    [`""`, ['']],
    [`sh -c 'echo hi; ls'`, ['sh', '-c', 'echo hi; ls']],
    ['', []],
  ])('%s', (line, words) => {
    expect(shellWords(line)).toEqual({ words });
  });

  it('says what is wrong with an unterminated quote or a lone backslash', () => {
    expect(shellWords(`echo "open`)).toEqual({ error: 'unterminated double quote' });
    expect(shellWords(`echo 'open`)).toEqual({ error: 'unterminated single quote' });
    expect(shellWords('echo \\')).toEqual({ error: 'the line ends with a lone backslash' });
  });

  it('never runs anything: $(…) and ; stay literal text', () => {
    expect(shellWords('echo $(rm -rf /); ls')).toEqual({ words: ['echo', '$(rm', '-rf', '/);', 'ls'] });
  });
});
