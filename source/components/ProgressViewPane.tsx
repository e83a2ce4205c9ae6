// A pull or push under way: the overall bar, one bar per layer, the engine's messages, the outcome.
import { Box, Text } from 'ink';
import { bar, layerFraction, overallFraction } from '../docker/progress.js';
import { inert } from '../render/sanitize.js';
import { fitWidth } from '../render/text.js';
import type { ProgressView } from '../store/views.js';
import { useTheme } from './ThemeContext.js';

export function ProgressViewPane({
  view,
  width,
  height,
}: {
  view: ProgressView;
  width: number;
  height: number;
}) {
  const theme = useTheme();
  const { progress } = view;
  const state = progress.error
    ? view.cancelled
      ? 'cancelled'
      : 'failed'
    : progress.done
      ? 'done'
      : 'running';
  const hint = progress.done ? 'esc / q back' : 'esc cancels · q hides (it goes on)';
  const lines: { text: string; color?: string }[] = [];
  lines.push({ text: `overall ${bar(overallFraction(progress), Math.min(60, width - 12))}` });
  const room = Math.max(0, height - 4 - Math.min(3, progress.messages.length) - (progress.error ? 1 : 0));
  for (const layer of progress.layers.slice(-room)) {
    lines.push({
      text: `${layer.id}  ${bar(layerFraction(layer), 30)}  ${inert(layer.status)}`,
      color: layerFraction(layer) === 1 ? theme.ok : undefined,
    });
  }
  for (const m of progress.messages.slice(-3)) lines.push({ text: inert(m), color: theme.muted });
  if (progress.error) lines.push({ text: `✗ ${inert(progress.error)}`, color: theme.error });
  return (
    <Box flexDirection="column" height={height}>
      <Text bold color={theme.accent} wrap="truncate">
        {fitWidth(` ${inert(view.title)} · ${state} · ${hint}`, width)}
      </Text>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: positional lines
        <Text key={i} color={l.color} wrap="truncate">
          {fitWidth(` ${l.text}`, width)}
        </Text>
      ))}
    </Box>
  );
}
