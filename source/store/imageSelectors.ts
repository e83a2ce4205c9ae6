// The images pane's rows: one per tag (untagged images once, as <none>:<none>), newest first, filtered.

import { byText } from '../compare.js';
import type { Container, Image } from '../docker/types.js';
import type { State } from './state.js';

export interface ImageRow {
  /** The row's id in the list: the reference for a tag, the image id for an untagged image. */
  key: string;
  image: Image;
  /** repo:tag, or <none>:<none>. */
  ref: string;
  dangling: boolean;
}

export const NONE_REF = '<none>:<none>';

export function imageRows(images: readonly Image[]): ImageRow[] {
  const rows: ImageRow[] = [];
  for (const image of images) {
    if (image.repoTags.length === 0) rows.push({ key: image.id, image, ref: NONE_REF, dangling: true });
    for (const ref of image.repoTags) rows.push({ key: ref, image, ref, dangling: false });
  }
  return rows.sort(
    (a, b) => b.image.created - a.image.created || byText(a.ref, b.ref) || byText(a.image.id, b.image.id),
  );
}

const rowsCache = new WeakMap<readonly Image[], ImageRow[]>();

function allRows(state: State): ImageRow[] {
  let rows = rowsCache.get(state.images);
  if (!rows) {
    rows = imageRows(state.images);
    rowsCache.set(state.images, rows);
  }
  return rows;
}

export function visibleImageRows(state: State): ImageRow[] {
  const rows = allRows(state);
  const { filter } = state.lists.images;
  if (!filter && state.showDangling) return rows;
  const needle = filter.toLowerCase();
  return rows.filter(
    (r) =>
      (state.showDangling || !r.dangling) &&
      (!needle || r.ref.toLowerCase().includes(needle) || r.image.id.slice(7).startsWith(needle)),
  );
}

export function selectedImageRow(state: State): ImageRow | undefined {
  const rows = visibleImageRows(state);
  const { selectedId, selectedIndex } = state.lists.images;
  if (rows.length === 0) return undefined;
  if (selectedId !== undefined) {
    const found = rows.find((r) => r.key === selectedId);
    if (found) return found;
  }
  return rows[Math.max(0, Math.min(selectedIndex, rows.length - 1))];
}

/** The rows an action applies to: the marked ones, else the selected one. */
export function targetImageRows(state: State): ImageRow[] {
  const marked = new Set(state.marked.images);
  if (marked.size) return allRows(state).filter((r) => marked.has(r.key));
  const row = selectedImageRow(state);
  return row ? [row] : [];
}

const usageCache = new WeakMap<readonly Container[], Map<string, Container[]>>();

/** The containers (any state) created from each image, by image id. */
export function imageUsage(state: State): Map<string, Container[]> {
  let usage = usageCache.get(state.containers);
  if (!usage) {
    usage = new Map();
    for (const c of state.containers) {
      const list = usage.get(c.imageId);
      if (list) list.push(c);
      else usage.set(c.imageId, [c]);
    }
    usageCache.set(state.containers, usage);
  }
  return usage;
}

/** What a prune would remove, from the list: unused dangling images, or every unused image. */
export function pruneCandidates(state: State, all: boolean): { count: number; bytes: number } {
  const usage = imageUsage(state);
  let count = 0;
  let bytes = 0;
  for (const image of state.images) {
    if (usage.has(image.id)) continue;
    if (!all && image.repoTags.length > 0) continue;
    count++;
    bytes += image.size;
  }
  return { count, bytes };
}
