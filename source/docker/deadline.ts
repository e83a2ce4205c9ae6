// Lists the engine must answer in time. dockerd can hang on one kind and not the others (20.10 deadlocks in
// its networking code when many containers go at once, moby/moby#46661: `docker network ls` never returns
// while `docker ps` does); berth then says so and shows the rest, instead of "connecting…" for ever.

/** How long a list may take: a busy engine with thousands of containers answers in a few seconds. */
export const LIST_DEADLINE_MS = 30_000;

export const DEADLINE_CODE = 'BERTH_DEADLINE';

/** `list` with an abort signal that fires after `ms`; its request is then aborted and this fails. */
export async function within<T>(
  what: string,
  ms: number,
  list: (abortSignal: AbortSignal) => Promise<T>,
): Promise<T> {
  const signal = AbortSignal.timeout(ms);
  try {
    return await list(signal);
  } catch (error) {
    if (!signal.aborted) throw error;
    throw Object.assign(new Error(`the engine did not list its ${what} in ${ms / 1000} s`), {
      code: DEADLINE_CODE,
    });
  }
}
