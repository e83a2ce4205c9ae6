import { Text } from 'ink';
import { bindingsFor, displayKey } from '../keymap.js';
import type { State } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

// Always shown, at the end, however narrow the terminal: the way out and the way to every other key.
const ESSENTIAL = new Set(['help', 'quit']);

type Hint = { key: string; label: string };

/** While something modal has the keys, its own keys are the hints: the list's would not work. */
function modalHints(state: State): Hint[] | undefined {
  if (state.dialog) {
    if (state.dialog.kind === 'confirm')
      return [
        { key: 'y', label: 'yes' },
        { key: 'n/esc', label: 'no' },
      ];
    if (state.dialog.kind === 'pick')
      return [
        { key: '⏎', label: 'pick' },
        { key: '↑↓', label: 'move' },
        { key: 'esc', label: 'cancel' },
      ];
    return [
      { key: '⏎', label: 'submit' },
      { key: 'tab', label: 'next field' },
      { key: 'esc', label: 'cancel' },
    ];
  }
  if (state.mode === 'help') return [{ key: 'esc', label: 'close help' }];
  if (state.mode === 'filter')
    return [
      { key: '⏎', label: 'keep filter' },
      { key: 'esc', label: 'clear' },
      { key: '↑↓', label: 'move' },
    ];
  if (state.mode === 'command')
    return [
      { key: '⏎', label: 'run' },
      { key: 'esc', label: 'cancel' },
    ];
  return undefined;
}

/** Key hints from the keymap table, as many as fit, with help and quit always among them. */
export function footerHints(state: State, width: number): Hint[] {
  const modal = modalHints(state);
  if (modal) return modal;
  const view = state.views[state.views.length - 1]?.kind;
  const bindings = bindingsFor(state.pane, { readOnly: state.readOnly, view }).filter((b) => b.footer);
  const hint = (b: (typeof bindings)[number]) => ({ key: displayKey(b.keys[0]!), label: b.label });
  const cost = (h: { key: string; label: string }) => h.key.length + 1 + h.label.length + 2;
  const essential = bindings.filter((b) => ESSENTIAL.has(b.command)).map(hint);
  const shown: { key: string; label: string }[] = [];
  let used = 1 + essential.reduce((sum, h) => sum + cost(h), 0);
  for (const h of bindings.filter((b) => !ESSENTIAL.has(b.command)).map(hint)) {
    if (used + cost(h) > width) break;
    shown.push(h);
    used += cost(h);
  }
  return [...shown, ...essential];
}

export function Footer({ state, width }: { state: State; width: number }) {
  const theme = useTheme();
  return (
    <Text wrap="truncate">
      {' '}
      {footerHints(state, width).map((h) => (
        <Text key={h.key}>
          <Text color={theme.key} bold>
            {h.key}
          </Text>
          {` ${h.label}  `}
        </Text>
      ))}
    </Text>
  );
}
