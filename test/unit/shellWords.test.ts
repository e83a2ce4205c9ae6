import { describe, expect, it } from 'vitest';
import { shellWords } from '../../source/input/shellWords.js';

describe('shellWords', () => {
  it('splits on whitespace', () => {
    expect(shellWords('  ls   -l /tmp ')).toEqual({ words: ['ls', '-l', '/tmp'] });
  });
  it('keeps quoted text as one word, quotes joining with their neighbours', () => {
    expect(shellWords(`echo 'a  b' "c d" e'f'"g"`)).toEqual({ words: ['echo', 'a  b', 'c d', 'efg'] });
  });
  it('takes backslashes as a shell does', () => {
    expect(shellWords(String.raw`a\ b "q\"x\n" 'no\esc'`)).toEqual({ words: ['a b', 'q"x\\n', 'no\\esc'] });
  });
  it('keeps an empty quoted word', () => {
    expect(shellWords(`printf '' x`)).toEqual({ words: ['printf', '', 'x'] });
  });
  it('gives shell syntax no meaning: it is plain text', () => {
    expect(shellWords('echo $HOME; rm -rf / | cat > x')).toEqual({
      words: ['echo', '$HOME;', 'rm', '-rf', '/', '|', 'cat', '>', 'x'],
    });
  });
  it('says what is wrong with an unclosed quote or a trailing backslash', () => {
    expect(shellWords(`echo "oops`)).toEqual({ error: 'unterminated double quote' });
    expect(shellWords(`echo 'oops`)).toEqual({ error: 'unterminated single quote' });
    expect(shellWords('echo \\')).toEqual({ error: 'the line ends with a lone backslash' });
  });
  it('gives no words for a blank line', () => {
    expect(shellWords('   ')).toEqual({ words: [] });
  });
});
