import { Text } from 'ink';
import { bindingsFor, displayKey } from '../keymap.js';
import type { State } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

/** Key hints from the keymap table, as many as fit. */
export function footerHints(state: State, width: number): { key: string; label: string }[] {
  const view = state.views[state.views.length - 1]?.kind;
  const hints = bindingsFor(state.pane, { readOnly: state.readOnly, view })
    .filter((b) => b.footer)
    .map((b) => ({ key: displayKey(b.keys[0]!), label: b.label }));
  const shown: { key: string; label: string }[] = [];
  let used = 1;
  for (const h of hints) {
    const w = h.key.length + 1 + h.label.length + 2;
    if (used + w > width) break;
    shown.push(h);
    used += w;
  }
  return shown;
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
