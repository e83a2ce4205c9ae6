// Draws the open dialog (confirm, form, pick) in place of the pane. Its keys: source/input/dialogKeys.ts.
import { Box, Text } from 'ink';
import { inert } from '../render/sanitize.js';
import { displayWidth, fitWidth, truncate } from '../render/text.js';
import { scrollTop } from '../render/window.js';
import { type Dialog, pickItems } from '../store/dialogs.js';
import { useTheme } from './ThemeContext.js';

interface Props {
  dialog: Dialog;
  width: number;
  height: number;
}

export function DialogBox({ dialog, width, height }: Props) {
  const theme = useTheme();
  const inner = Math.max(10, width - 4);
  const lines: { text: string; color?: string; bold?: boolean; inverse?: boolean }[] = [];
  if (dialog.kind === 'confirm') {
    for (const m of dialog.message) lines.push({ text: inert(m) });
    for (const o of dialog.options ?? [])
      lines.push({ text: `[${o.value ? 'x' : ' '}] ${o.key}  ${o.label}` });
    lines.push({ text: '' });
    lines.push({ text: 'y yes · n / esc / enter no', color: theme.muted });
  } else if (dialog.kind === 'form') {
    const labelWidth = Math.min(18, Math.max(...dialog.fields.map((f) => f.label.length)) + 1);
    const room = inner - labelWidth - 4;
    const fieldLines: typeof lines = [];
    let focusAt = 0;
    dialog.fields.forEach((f, i) => {
      const focused = i === dialog.focus;
      if (focused) focusAt = fieldLines.length;
      const value =
        f.kind === 'toggle'
          ? `[${f.value === 'yes' ? 'x' : ' '}]`
          : f.kind === 'choice'
            ? `‹ ${f.value} ›`
            : f.secret
              ? '•'.repeat([...f.value].length)
              : f.value;
      const shown = inert(value || (focused ? '' : (f.placeholder ?? '')));
      const cursor = focused && (!f.kind || f.kind === 'text') ? '█' : '';
      // the focused field shows its end, where the typing happens
      const fitted =
        cursor && displayWidth(shown) > room - 1
          ? `…${[...shown].slice(-(room - 2)).join('')}`
          : truncate(shown, room);
      fieldLines.push({
        text: `${focused ? '›' : ' '} ${fitWidth(f.label, labelWidth)} ${fitted}${cursor}`,
        bold: focused,
        color: !value && !focused ? theme.muted : undefined,
      });
      if (f.error) fieldLines.push({ text: `    ✗ ${inert(f.error)}`, color: theme.error });
      else if (focused && f.hint) fieldLines.push({ text: `    ${f.hint}`, color: theme.muted });
    });
    const tail: typeof lines = [];
    if (dialog.error) tail.push({ text: `✗ ${inert(dialog.error)}`, color: theme.error });
    tail.push({ text: '' });
    tail.push({
      text: `enter ${dialog.submitLabel ?? 'ok'} · tab / ↑↓ field · space toggles · esc cancel`,
      color: theme.muted,
    });
    // a form taller than the box scrolls to keep the focused field (and its hint) in view
    const fieldRoom = Math.max(1, height - 2 - tail.length);
    const top = scrollTop(0, Math.min(focusAt + 1, fieldLines.length - 1), fieldRoom, fieldLines.length);
    lines.push(...fieldLines.slice(top, top + fieldRoom), ...tail);
  } else {
    const items = pickItems(dialog);
    lines.push({ text: `/${dialog.filter}█`, color: theme.muted });
    const room = Math.max(1, height - 5);
    const top = scrollTop(0, dialog.selected, room, items.length);
    items.slice(top, top + room).forEach((item, i) => {
      const selected = top + i === dialog.selected;
      lines.push({ text: `${selected ? '▶' : ' '} ${inert(item.label)}`, inverse: selected });
    });
    if (items.length === 0) lines.push({ text: '  nothing matches', color: theme.muted });
    lines.push({ text: 'enter pick · ↑↓ move · type to filter · esc cancel', color: theme.muted });
  }
  const shown = lines.slice(0, Math.max(1, height - 2));
  return (
    <Box flexDirection="column" height={height} paddingX={1}>
      <Text
        bold
        color={dialog.kind === 'confirm' && dialog.danger ? theme.error : theme.accent}
        wrap="truncate"
      >
        {fitWidth(` ${inert(dialog.title)} `, width - 2)}
      </Text>
      {shown.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: dialog lines are positional
        <Text key={i} color={l.color} bold={l.bold} inverse={l.inverse} wrap="truncate">
          {fitWidth(` ${l.text}`, width - 2)}
        </Text>
      ))}
    </Box>
  );
}
