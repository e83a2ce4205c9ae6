// What the images pane's dialogs do when answered (handlers: source/hooks/imageIntentHandlers.ts).

/** One row an image action applies to: its reference (or id when untagged) and its image. */
export interface ImageTarget {
  /** What the engine is asked to remove: repo:tag, or the image id for an untagged image. */
  name: string;
  imageId: string;
  /** As shown: repo:tag or <none>:<none> (short id). */
  label: string;
}

export type ImageIntent =
  | { type: 'image.pull' }
  | { type: 'image.tag'; imageId: string; source: string }
  | { type: 'image.remove'; targets: ImageTarget[]; force: boolean }
  | { type: 'image.build' }
  | { type: 'image.login'; registry: string }
  | { type: 'image.prune' };
