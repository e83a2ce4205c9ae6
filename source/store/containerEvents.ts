// What a container event says about its row, applied at once: the engine's own event, not a guess, so the
// row changes within a frame of the event; the re-list that follows brings the engine's full row.
import type { Container, EngineEvent } from '../docker/types.js';

/** The containers after an event, or the same array when the event changes no row. */
export function applyContainerEvent(containers: Container[], event: EngineEvent): Container[] {
  if (event.type !== 'container') return containers;
  const at = containers.findIndex((c) => c.id === event.id);
  if (at < 0) return containers;
  const c = containers[at]!;
  let next: Container | undefined = c;
  switch (event.action) {
    case 'start':
      next = { ...c, state: 'running', status: 'Up Less than a second' };
      break;
    case 'die':
      next = {
        ...c,
        state: 'exited',
        status: `Exited (${event.attributes.exitCode ?? '0'}) Less than a second ago`,
      };
      break;
    case 'pause':
      next = {
        ...c,
        state: 'paused',
        status: c.status.endsWith('(Paused)') ? c.status : `${c.status} (Paused)`,
      };
      break;
    case 'unpause':
      next = { ...c, state: 'running', status: c.status.replace(/ \(Paused\)$/, '') };
      break;
    case 'rename':
      next = event.attributes.name ? { ...c, name: event.attributes.name.replace(/^\//, '') } : c;
      break;
    case 'destroy':
      next = undefined;
      break;
    default:
      return containers;
  }
  if (next === c) return containers;
  return next ? containers.map((x, i) => (i === at ? next : x)) : containers.filter((_, i) => i !== at);
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
