import { Box, Text } from 'ink';
import { inert } from '../render/sanitize.js';
import { displayWidth, fitWidth, truncate } from '../render/text.js';
import { containerCounts } from '../store/selectors.js';
import type { State } from '../store/state.js';
import { useTheme } from './ThemeContext.js';

interface Props {
  state: State;
  context: string;
  endpoint: string;
  width: number;
}

export function engineSummary(
  state: State,
  context: string,
  endpoint: string,
  room = Number.POSITIVE_INFINITY,
): string {
  const { engine } = state;
  const parts = [inert(context), inert(endpoint)];
  const version = engine.state === 'up' && engine.version ? `Engine ${engine.version.version}` : undefined;
  if (version) parts.push(version);
  if (engine.state === 'connecting') parts.push('connecting…');
  if (engine.state === 'down') parts.push('engine down');
  if (state.containersLoaded) {
    const { total, running } = containerCounts(state);
    parts.push(`${total} container${total === 1 ? '' : 's'} (${running} up)`);
  }
  const marked = state.marked[state.pane].length;
  if (marked) parts.push(`${marked} marked`);
  // the counts matter more than the version, and the version more than the name "default", on a narrow
  // terminal: drop those first
  let shown = parts;
  for (const drop of [version, context === 'default' ? inert(context) : undefined]) {
    if (!drop || displayWidth(shown.join(' · ')) <= room) continue;
    shown = shown.filter((p) => p !== drop);
  }
  // still too long: the endpoint gives way (its middle, where long socket paths differ least), never the
  // counts or the marks
  const over = displayWidth(shown.join(' · ')) - room;
  const at = shown.indexOf(inert(endpoint));
  if (over > 0 && at >= 0) {
    const text = shown[at]!;
    const keep = Math.max(8, text.length - over - 1);
    const head = Math.ceil(keep / 2);
    shown = shown.map((p, i) =>
      i === at ? `${text.slice(0, head)}…${text.slice(text.length - (keep - head))}` : p,
    );
  }
  return shown.join(' · ');
}

export function Header({ state, context, endpoint, width }: Props) {
  const theme = useTheme();
  const right = `${state.readOnly ? 'READ-ONLY  ' : ''}? help `;
  const room = Math.max(0, width - 8 - right.length);
  const left = truncate(` ${engineSummary(state, context, endpoint, room - 1)}`, room);
  return (
    <Box>
      <Text bold color={theme.accent}>
        {' berth '}
      </Text>
      <Text wrap="truncate">{fitWidth(left, Math.max(0, width - 7 - right.length))}</Text>
      <Text color={state.readOnly ? theme.warning : theme.muted} bold={state.readOnly}>
        {right}
      </Text>
    </Box>
  );
}
