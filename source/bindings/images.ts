// The Images pane's keys, part of the one table of bindings in source/keymap.ts.
import type { Binding } from '../keymap.js';

export function imageBindings(): Binding[] {
  const images = ['images'] as const;
  return [
    {
      command: 'image.inspect',
      keys: ['i', 'enter'],
      panes: images,
      label: 'inspect',
      description: 'Inspect the image: its document and its layers (History tab)',
      footer: true,
    },
    {
      command: 'image.pull',
      keys: ['P'],
      panes: images,
      label: 'pull',
      description: 'Pull an image (asks for the reference); :pull REF',
      footer: true,
      mutating: true,
    },
    {
      command: 'image.build',
      keys: ['b'],
      panes: images,
      label: 'build',
      description: 'Build an image from a directory with a Dockerfile; :build DIR -t TAG',
      footer: true,
      mutating: true,
    },
    {
      command: 'image.tag',
      keys: ['t'],
      panes: images,
      label: 'tag',
      description: 'Tag the image with a new reference',
      footer: true,
      mutating: true,
    },
    {
      command: 'image.remove',
      keys: ['d'],
      panes: images,
      label: 'remove',
      description: 'Remove the image or tag (asks; an image in use asks for force)',
      footer: true,
      mutating: true,
      dangerous: true,
    },
    {
      command: 'image.run',
      keys: ['n'],
      panes: images,
      label: 'run',
      description: 'Run a new container from the image',
      mutating: true,
    },
    {
      command: 'image.prune',
      keys: ['X'],
      panes: images,
      label: 'prune',
      description: 'Prune dangling (or all unused) images (asks, with how many and how much space)',
      mutating: true,
      dangerous: true,
    },
    {
      command: 'image.toggleDangling',
      keys: ['D'],
      panes: images,
      label: 'dangling',
      description: 'Show or hide dangling (untagged) images',
    },
    {
      command: 'view.nextTab',
      keys: ['tab', 'right'],
      panes: 'all',
      views: ['tabbed'],
      label: 'next tab',
      description: 'Next tab (shift-tab or ← the previous one)',
      footer: true,
    },
  ];
}
