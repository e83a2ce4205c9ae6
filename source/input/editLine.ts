// One line of editable text: a key → the new text (pure), for the filter and every prompt.
import type { Key } from 'ink';

/** The text after a key, or undefined when the key is not an edit (enter, esc, arrows, tab…). */
export function editLine(text: string, input: string, key: Key): string | undefined {
  if (key.backspace || key.delete) return [...text].slice(0, -1).join('');
  if (key.ctrl && input === 'u') return '';
  if (key.ctrl && input === 'w') return text.replace(/\S+\s*$/, '');
  if (key.return || key.escape || key.tab || key.upArrow || key.downArrow || key.ctrl || key.meta)
    return undefined;
  if (key.leftArrow || key.rightArrow || key.pageUp || key.pageDown) return undefined;
  // control characters a paste may carry are dropped
  const printable = input.replace(/[\u0000-\u001f\u007f]/g, '');
  return printable ? text + printable : undefined;
}
