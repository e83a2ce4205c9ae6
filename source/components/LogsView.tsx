// The full-screen logs: title, the visible lines (the session's buffers are never copied into state), and
// the search or filter prompt while one is typed.
import { Box, Text } from 'ink';
import { filterPattern, viewEntries } from '../hooks/logsKeys.js';
import { useLogSessionHost, useViewSession } from '../hooks/useLogSession.js';
import { indexOf } from '../logs/lines.js';
import { cursorIndex, topIndex } from '../logs/navigate.js';
import { compilePattern } from '../logs/search.js';
import type { LogSession } from '../logs/session.js';
import { WINDOWS } from '../logs/windows.js';
import { count } from '../render/format.js';
import { inert } from '../render/sanitize.js';
import { fitWidth } from '../render/text.js';
import type { LogsView as LogsViewState } from '../store/views.js';
import { LogRows, lineOptions, logsTitle } from './LogLines.js';
import { useTheme } from './ThemeContext.js';

/** Keeps a logs view's session alive while the view is on the stack; draws nothing. */
export function LogSessionHost({ view }: { view: LogsViewState }) {
  useLogSessionHost(view);
  return null;
}

function emptyText(session: LogSession, view: LogsViewState): string {
  if (view.filter || (view.prompt === 'filter' && view.draft))
    return 'no line matches the filter — esc clears it';
  const src = session.sources[0]!;
  if (session.sources.length === 1) {
    if (src.status === 'opening') return `opening the logs of ${src.name}…`;
    if (src.status === 'removed' && !src.id)
      return `no container "${src.target}" on this engine: ${src.error ?? ''}`;
    if (src.status === 'removed') return `${src.name} was removed`;
    if (src.status === 'error') return `cannot read the logs of ${src.name}: ${src.error ?? 'unknown error'}`;
  }
  const window = WINDOWS[view.window].label;
  const hint = view.window === 'all' ? '' : ' — 1 shows all';
  const stopped = session.sources.every((s) => s.status !== 'following' && s.status !== 'opening');
  return stopped
    ? `nothing logged (${window}) and not running${hint}`
    : `nothing logged yet (${window}); new lines appear here${hint}`;
}

export function LogsView({ view, width, height }: { view: LogsViewState; width: number; height: number }) {
  const theme = useTheme();
  const { session } = useViewSession(view.session);
  const promptRows = view.prompt ? 1 : 0;
  const body = Math.max(1, height - 1 - promptRows);
  if (!session) {
    return (
      <Box flexDirection="column" height={height}>
        <Text color={theme.accent} wrap="truncate">
          {fitWidth(`─ logs · ${inert(view.targets.join(', '))} · opening…`, width)}
        </Text>
      </Box>
    );
  }
  const { lines, context } = viewEntries(session, view);
  const searchText = view.prompt === 'search' ? view.draft : view.search;
  const search = compilePattern(searchText);
  const filterText = view.prompt === 'filter' ? view.draft : view.filter;
  const filter = filterPattern(filterText);
  const options = { session, width, timestamps: view.timestamps, wrap: view.wrap, highlight: search.pattern };
  const rowsOf = view.wrap
    ? (line: Parameters<ReturnType<typeof lineOptions>>[0]) => lineOptions(options, theme)(line).length
    : undefined;
  const cursor = cursorIndex(lines, view);
  const top = topIndex(lines, view, cursor, body, rowsOf);
  const markAt = view.mark === undefined ? -1 : indexOf(lines, view.mark);
  const selected = (i: number) => {
    if (view.follow) return false;
    if (markAt >= 0) return i >= Math.min(markAt, cursor) && i <= Math.max(markAt, cursor);
    return i === cursor;
  };

  const extra: string[] = [];
  if (filterText && filter.pattern)
    extra.push(`filter ${view.invert !== filter.inverted ? 'not ' : ''}/${filter.pattern.source}/`);
  if (view.search && search.pattern && view.prompt !== 'search') {
    let hits = 0;
    for (let i = 0; i < lines.length; i++) if (lines.matches(i, search.pattern)) hits++;
    extra.push(`/${view.search}/ ${count(hits)} match${hits === 1 ? '' : 'es'} (n/N)`);
  }
  if (markAt >= 0) extra.push(`range of ${Math.abs(markAt - cursor) + 1} lines (y copies)`);
  const title = logsTitle(
    { session, follow: view.follow, window: view.window, hidden: view.hidden, shown: lines.length, extra },
    width,
  );
  const promptError = view.prompt === 'filter' ? filter.error : search.error;
  return (
    <Box flexDirection="column" height={height}>
      <Text color={theme.accent} bold wrap="truncate">
        {title}
      </Text>
      {lines.length === 0 ? (
        <Text color={theme.muted} wrap="truncate">
          {fitWidth(` ${inert(emptyText(session, view))}`, width)}
        </Text>
      ) : (
        <LogRows {...options} lines={lines} top={top} height={body} selected={selected} context={context} />
      )}
      {view.prompt ? (
        <Box flexGrow={1} flexDirection="column" justifyContent="flex-end">
          <Text wrap="truncate">
            <Text color={theme.accent} bold>
              {view.prompt === 'search' ? '/' : '&'}
            </Text>
            {inert(view.draft)}█
            <Text color={promptError ? theme.error : theme.muted}>
              {promptError
                ? `  ${inert(promptError)}`
                : view.prompt === 'filter'
                  ? '  regex; !regex keeps the lines that do not match · enter · esc'
                  : '  regex · enter jumps · esc'}
            </Text>
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}
