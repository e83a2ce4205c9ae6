// A command line → argv, split into words the way a POSIX shell splits them (quotes, backslashes), and
// nothing more: no variables, globs, pipes or redirections. The words go to the exec API, never to a shell.

export type SplitResult = { argv: string[] } | { error: string };

export function shellWords(line: string): SplitResult {
  const argv: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && i + 1 < line.length && '"\\$`\n'.includes(line[i + 1]!)) word += line[++i];
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\') {
      if (i + 1 >= line.length) return { error: 'a backslash at the end escapes nothing' };
      word += line[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) argv.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { error: `the ${quote === "'" ? 'single' : 'double'} quote is never closed` };
  if (inWord) argv.push(word);
  return { argv };
}
