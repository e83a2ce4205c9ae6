// The rows of a logs area (full-screen or preview) and its title: only the visible lines are laid out.
import { Text } from 'ink';
import type { LogLine } from '../docker/types.js';
import type { Lines } from '../logs/lines.js';
import type { Pattern } from '../logs/search.js';
import type { LogSession, LogSource } from '../logs/session.js';
import { type LogWindow, WINDOWS } from '../logs/windows.js';
import { count } from '../render/format.js';
import { layoutLine, type RowSegment } from '../render/logLine.js';
import { inert } from '../render/sanitize.js';
import { displayWidth, truncate } from '../render/text.js';
import { styleText } from '../render/textStyle.js';
import type { Theme } from '../theme.js';
import { useTheme } from './ThemeContext.js';

const n = count;

function sourceState(src: LogSource): string {
  switch (src.status) {
    case 'opening':
      return ' (opening…)';
    case 'stopped':
      return ' (not running)';
    case 'removed':
      return src.id ? ' (removed)' : ' (no such container)';
    case 'error':
      return ` (error: ${src.error ?? 'unknown'}; retrying)`;
    default:
      return '';
  }
}

export interface TitleInfo {
  session: LogSession;
  follow: boolean;
  window: LogWindow;
  hidden: readonly string[];
  shown: number;
  extra?: string[];
}

/** "─ logs · api-1 · following · last 200 · 1,204 lines ─────": always says what is shown. */
export function logsTitle(
  { session, follow, window, hidden, shown, extra = [] }: TitleInfo,
  width: number,
): string {
  const names = session.sources
    .map((s) => `${s.name}${hidden.includes(s.id ?? s.target) ? ' (hidden)' : sourceState(s)}`)
    .join(', ');
  const total = session.lineCount(hidden);
  const dropped = session.sources.some((s) => s.received > s.store.length);
  const count =
    shown === total ? `${n(total)} line${total === 1 ? '' : 's'}` : `${n(shown)} of ${n(total)} lines`;
  const parts = [
    'logs',
    names,
    follow ? 'following' : 'paused (G follows)',
    WINDOWS[window].label,
    `${count}${dropped ? ' (oldest dropped)' : ''}`,
    ...extra,
  ];
  const text = `─ ${inert(parts.join(' · '))} `;
  const cut = truncate(text, width);
  return cut + '─'.repeat(Math.max(0, width - displayWidth(cut)));
}

export interface RowsProps {
  session: LogSession;
  lines: Lines;
  /** Index of the first line drawn. */
  top: number;
  height: number;
  width: number;
  timestamps: boolean;
  wrap: boolean;
  highlight?: Pattern;
  /** Indices drawn as selected (the cursor, a range). */
  selected?: (index: number) => boolean;
  /** The uids of lines shown only as context (dimmed). */
  context?: Set<number>;
}

/** Names in a project share their start (shop-api-1, shop-api-2): keep both ends, cut the middle. */
export function middleCut(text: string, width: number): string {
  if (displayWidth(text) <= width || !/^[\x20-\x7e]*$/.test(text)) return truncate(text, width);
  const head = Math.ceil((width - 1) / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (width - 1 - head))}`;
}

export function nameColumn(session: LogSession, theme: Theme) {
  if (session.sources.length < 2) return undefined;
  const width = Math.min(24, Math.max(...session.sources.map((s) => displayWidth(s.name))));
  return (line: LogLine) => {
    const name = inert(session.sources[line.src]?.name ?? '?');
    const cut = middleCut(name, width);
    return {
      text: cut + ' '.repeat(Math.max(0, width - displayWidth(cut))),
      color: theme.sources?.[line.src % theme.sources.length],
    };
  };
}

/** Options for laying out one line in this area. */
export function lineOptions(props: Omit<RowsProps, 'lines' | 'top' | 'height'>, theme: Theme) {
  const name = nameColumn(props.session, theme);
  return (line: LogLine) =>
    layoutLine(line, {
      width: props.width,
      timestamps: props.timestamps,
      wrap: props.wrap,
      name: name?.(line),
      highlight: props.highlight,
      colors: Boolean(theme.logColors),
      errorColor: theme.error,
      mutedColor: theme.muted,
      maxRows: 50,
    });
}

/** A row as one string, styled as a <Text> per segment would style it (see render/textStyle.ts). */
export function rowText(
  row: RowSegment[],
  width: number,
  selected: boolean,
  dim: boolean,
  theme: Theme,
): string {
  let used = 0;
  let out = '';
  const selBg = selected && !theme.inverseSelection ? theme.selectionBg : undefined;
  for (const seg of row) {
    used += displayWidth(seg.text);
    const match = seg.match;
    out += styleText(seg.text, {
      ...seg.style,
      color: match ? 'black' : selBg ? (theme.selectionFg ?? seg.style.color) : seg.style.color,
      backgroundColor: match ? (theme.warning ?? undefined) : (selBg ?? seg.style.backgroundColor),
      inverse: (match && !theme.warning) || (selected && theme.inverseSelection) || seg.style.inverse,
      bold: match || seg.style.bold,
      dimColor: dim || seg.style.dim,
    });
  }
  const pad = selected ? ' '.repeat(Math.max(0, width - used)) : '';
  if (pad) out += styleText(pad, { backgroundColor: selBg, inverse: theme.inverseSelection });
  return out;
}

/** Lays out lines from `top` until `height` rows are filled. */
export function LogRows(props: RowsProps) {
  const theme = useTheme();
  const layout = lineOptions(props, theme);
  const rows: { row: RowSegment[]; index: number; uid: number }[] = [];
  for (let i = props.top; i < props.lines.length && rows.length < props.height; i++) {
    const line = props.lines.at(i)!;
    for (const row of layout(line)) {
      if (rows.length >= props.height) break;
      rows.push({ row, index: i, uid: line.uid });
    }
  }
  return (
    <>
      {rows.map(({ row, index, uid }, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional in the window
        <Text key={r} wrap="truncate">
          {rowText(
            row,
            props.width,
            props.selected?.(index) ?? false,
            props.context?.has(uid) ?? false,
            theme,
          )}
        </Text>
      ))}
    </>
  );
}
