// What a container event says about its row, applied at once: the engine's own event, not a guess, so the
// row changes within a frame of the event; the re-list that follows brings the engine's full row.
import type { Container, EngineEvent } from '../docker/types.js';

/** A row after an event: the same row when the event changes nothing, undefined when it is gone. */
function rowAfter(c: Container, event: EngineEvent): Container | undefined {
  switch (event.action) {
    case 'start':
      return { ...c, state: 'running', status: 'Up Less than a second' };
    case 'die':
      return {
        ...c,
        state: 'exited',
        status: `Exited (${event.attributes.exitCode ?? '0'}) Less than a second ago`,
      };
    case 'pause':
      return {
        ...c,
        state: 'paused',
        status: c.status.endsWith('(Paused)') ? c.status : `${c.status} (Paused)`,
      };
    case 'unpause':
      return { ...c, state: 'running', status: c.status.replace(/ \(Paused\)$/, '') };
    case 'rename':
      return event.attributes.name ? { ...c, name: event.attributes.name.replace(/^\//, '') } : c;
    case 'destroy':
      return undefined;
    default:
      return c;
  }
}

/** The containers after events in order (one pass, however many), or the same array when none changes a row. */
export function applyContainerEvents(containers: Container[], events: readonly EngineEvent[]): Container[] {
  const listed = new Map(containers.map((c) => [c.id, c]));
  // each named container's row as the events leave it (undefined: gone)
  const rows = new Map<string, Container | undefined>();
  for (const event of events) {
    if (event.type !== 'container') continue;
    const row = rows.has(event.id) ? rows.get(event.id) : listed.get(event.id);
    if (row) rows.set(event.id, rowAfter(row, event));
  }
  let changed = false;
  const out: Container[] = [];
  for (const c of containers) {
    const next = rows.has(c.id) ? rows.get(c.id) : c;
    if (next !== c) changed = true;
    if (next) out.push(next);
  }
  return changed ? out : containers;
}

/** The containers after a re-list of just `ids`: a listed one replaces its row (or joins the list), an
 *  asked-for one not listed is gone; the same array when nothing changed. */
export function patchContainers(
  containers: Container[],
  ids: readonly string[],
  listed: Container[],
): Container[] {
  const asked = new Set(ids);
  const fresh = new Map(listed.map((c) => [c.id, c]));
  let changed = false;
  const out: Container[] = [];
  for (const c of containers) {
    const next = fresh.get(c.id);
    fresh.delete(c.id);
    if (next) {
      const differs = JSON.stringify(next) !== JSON.stringify(c);
      if (differs) changed = true;
      out.push(differs ? next : c);
    } else if (asked.has(c.id)) {
      changed = true;
    } else {
      out.push(c);
    }
  }
  for (const c of fresh.values()) {
    out.push(c);
    changed = true;
  }
  return changed ? out : containers;
}
