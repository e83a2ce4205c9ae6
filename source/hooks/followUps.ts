// A container that just started or stopped reads "Up Less than a second" (or "Exited (0) Less than a
// second ago"): the engine's own words, which only a list brings up to date. Its row is listed again a
// few times over its first half minute, alone (a small answer), then the minute's reconcile takes over.
// Only events start this, so an idle engine costs nothing; a burst (a compose file, a test suite) is left
// to the reconcile.

/** After a start or a stop: when its row is listed again. */
export const FOLLOW_UP_MS = [2_000, 10_000, 30_000] as const;
/** Containers followed up at once, at most (more, and the whole list would be cheaper). */
const MAX_PENDING = 50;

export interface FollowUps {
  /** The container changed state now: list it again over the next while (starting over if it was). */
  add(id: string): void;
  clear(): void;
}

export function followUps(
  onDue: (ids: string[]) => void,
  delays: readonly number[] = FOLLOW_UP_MS,
): FollowUps {
  // each container's remaining times (ms since the epoch), soonest first
  const pending = new Map<string, number[]>();
  let timer: NodeJS.Timeout | undefined;

  const arm = () => {
    clearTimeout(timer);
    timer = undefined;
    let next = Number.POSITIVE_INFINITY;
    for (const dues of pending.values()) next = Math.min(next, dues[0]!);
    if (next === Number.POSITIVE_INFINITY) return;
    timer = setTimeout(fire, Math.max(0, next - Date.now()));
    timer.unref?.();
  };

  const fire = () => {
    const now = Date.now();
    const due: string[] = [];
    for (const [id, dues] of pending) {
      if (dues[0]! > now) continue;
      due.push(id);
      while (dues.length && dues[0]! <= now) dues.shift();
      if (dues.length === 0) pending.delete(id);
    }
    arm();
    if (due.length) onDue(due);
  };

  return {
    add(id) {
      if (!pending.has(id) && pending.size >= MAX_PENDING) return;
      const now = Date.now();
      pending.set(
        id,
        delays.map((d) => now + d),
      );
      arm();
    },
    clear() {
      clearTimeout(timer);
      timer = undefined;
      pending.clear();
    },
  };
}
