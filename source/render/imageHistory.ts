// An image's layers (its history) as the lines of a text view: newest first, as `docker history` shows.
import type { ImageLayer } from '../docker/types.js';
import { formatAge, formatBytes, shortId } from './format.js';
import { fitWidth } from './text.js';

/** "/bin/sh -c #(nop)  CMD […]" → "CMD […]"; a RUN keeps its shell so it reads as the command it was. */
export function layerCommand(createdBy: string): string {
  return createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function historyLines(layers: readonly ImageLayer[], now: number = Date.now()): string[] {
  const total = layers.reduce((s, l) => s + l.size, 0);
  const lines = [
    `${layers.length} layer${layers.length === 1 ? '' : 's'}, ${formatBytes(total)} in all`,
    '',
    `${fitWidth('LAYER', 12)}  ${fitWidth('CREATED', 18)}  ${fitWidth('SIZE', 9, 'right')}  CREATED BY`,
  ];
  for (const layer of layers) {
    const id = layer.id === '<missing>' ? '<missing>' : shortId(layer.id);
    const by = layerCommand(layer.createdBy) || (layer.comment ? `(${layer.comment})` : '');
    lines.push(
      `${fitWidth(id, 12)}  ${fitWidth(formatAge(layer.created * 1000, now), 18)}  ${fitWidth(formatBytes(layer.size), 9, 'right')}  ${by}`,
    );
    if (layer.tags.length) lines.push(`${' '.repeat(12)}  tags: ${layer.tags.join(', ')}`);
  }
  return lines;
}
