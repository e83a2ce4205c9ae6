import { useMemo } from 'react';
import type { EngineEvent } from '../docker/types.js';
import { layoutColumns } from '../render/columns.js';
import { EVENT_COLUMNS, eventCells } from '../render/eventRow.js';
import { LIST_GUTTER } from '../render/listRow.js';
import { eventKey, selectedIndex, visibleEvents } from '../store/selectors.js';
import type { State } from '../store/state.js';
import { ListView } from './ListView.js';
import { useTheme } from './ThemeContext.js';

/** What happened on the engine since berth started, newest first. */
export function EventsPane({ state, width, height }: { state: State; width: number; height: number }) {
  const theme = useTheme();
  const items = visibleEvents(state);
  const columns = useMemo(() => layoutColumns(EVENT_COLUMNS, width - LIST_GUTTER), [width]);
  const color = (e: EngineEvent) =>
    /^(die|kill|oom|destroy|delete|remove|untag)$/.test(e.action)
      ? theme.error
      : /^(start|create|pull|tag)$/.test(e.action)
        ? theme.ok
        : undefined;
  return (
    <ListView
      items={items}
      columns={columns}
      cells={eventCells}
      cellColor={(e, key) => (key === 'action' ? color(e) : undefined)}
      itemKey={eventKey}
      selected={selectedIndex(state, 'events')}
      height={height}
      width={width}
      empty={
        state.lists.events.filter
          ? `no event matches "${state.lists.events.filter}"`
          : 'no events yet — they appear here as the engine reports them (start, stop, pull, create…)'
      }
    />
  );
}
