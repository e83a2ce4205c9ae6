// The engine's JSON progress stream (pull, push) → per-layer and overall progress. Pure.

export interface ProgressEvent {
  status?: string;
  id?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { message?: string };
  aux?: { Tag?: string; Digest?: string; Size?: number };
}

export interface LayerProgress {
  id: string;
  status: string;
  current?: number;
  total?: number;
}

export interface Progress {
  layers: LayerProgress[];
  /** Lines without a layer: "Pulling from berth/test", "Digest: …", "Status: …". */
  messages: string[];
  error?: string;
  done: boolean;
}

export const emptyProgress = (): Progress => ({ layers: [], messages: [], done: false });

// Whole-image lines carry the tag as their id; layer ids are 12 hex digits.
const LAYER_ID = /^[0-9a-f]{12}$/;

export function applyProgress(progress: Progress, event: ProgressEvent): Progress {
  if (event.error || event.errorDetail?.message) {
    return { ...progress, error: event.errorDetail?.message ?? event.error };
  }
  const status = event.status ?? '';
  if (event.id && LAYER_ID.test(event.id)) {
    const layer: LayerProgress = {
      id: event.id,
      status,
      current: event.progressDetail?.current,
      total: event.progressDetail?.total,
    };
    const at = progress.layers.findIndex((l) => l.id === event.id);
    const layers =
      at < 0 ? [...progress.layers, layer] : progress.layers.map((l, i) => (i === at ? layer : l));
    return { ...progress, layers };
  }
  if (!status) return progress;
  const text = event.id ? `${event.id}: ${status}` : status;
  return { ...progress, messages: [...progress.messages.slice(-20), text] };
}

const FINISHED = /^(Pull complete|Already exists|Pushed|Layer already exists|Mounted from)/;

/** How far one layer is, 0…1: the transfer is most of it, extraction the rest. */
export function layerFraction(layer: LayerProgress): number {
  if (FINISHED.test(layer.status)) return 1;
  const part = layer.total && layer.current !== undefined ? Math.min(1, layer.current / layer.total) : 0;
  if (/^(Downloading|Pushing)/.test(layer.status)) return 0.8 * part;
  if (/^(Download complete|Verifying Checksum)/.test(layer.status)) return 0.8;
  if (/^Extracting/.test(layer.status)) return 0.8 + 0.2 * part;
  return 0;
}

export function overallFraction(progress: Progress): number {
  if (progress.done && !progress.error) return 1;
  if (progress.layers.length === 0) return 0;
  return progress.layers.reduce((s, l) => s + layerFraction(l), 0) / progress.layers.length;
}

/** "[██████░░░░] 60%" in `width` cells. */
export function bar(fraction: number, width: number): string {
  const inner = Math.max(1, width - 7);
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * inner);
  return `[${'█'.repeat(filled)}${'░'.repeat(inner - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}%`;
}
