// What berth does to containers, part of the one table of bindings in source/keymap.ts.
import type { Binding } from '../keymap.js';
import type { PaneId } from '../store/state.js';

const CONTAINERS = ['containers'] as const satisfies readonly PaneId[];

/** Issue 3: what berth does to a container (the marked ones, or the selected one). */
export const CONTAINER_BINDINGS: readonly Binding[] = [
  {
    command: 'container.start',
    keys: ['s'],
    panes: CONTAINERS,
    label: 'start',
    description: 'Start the container (or every marked one)',
    footer: true,
    mutating: true,
  },
  {
    command: 'container.stop',
    keys: ['x'],
    panes: CONTAINERS,
    label: 'stop',
    description: 'Stop the container (or every marked one)',
    footer: true,
    mutating: true,
  },
  {
    command: 'container.restart',
    keys: ['r'],
    panes: CONTAINERS,
    label: 'restart',
    description: 'Restart the container (or every marked one)',
    mutating: true,
  },
  {
    command: 'container.pause',
    keys: ['p'],
    panes: CONTAINERS,
    label: 'pause',
    description: 'Pause the container, or unpause it when paused',
    mutating: true,
  },
  {
    command: 'container.kill',
    keys: ['K'],
    panes: CONTAINERS,
    label: 'kill',
    description: 'Kill the container with SIGKILL (asks first)',
    mutating: true,
    dangerous: true,
  },
  {
    command: 'container.remove',
    keys: ['d'],
    panes: CONTAINERS,
    label: 'remove',
    description: 'Remove the container (asks; a running one asks for force)',
    footer: true,
    mutating: true,
    dangerous: true,
  },
  {
    command: 'container.shell',
    keys: ['e'],
    panes: CONTAINERS,
    label: 'shell',
    description: 'Open a shell in the running container (BERTH_SHELL picks which)',
    footer: true,
    mutating: true,
  },
  {
    command: 'container.exec',
    keys: ['!'],
    panes: CONTAINERS,
    label: 'exec',
    description: 'Run a command in the running container and show its output',
    mutating: true,
  },
  {
    command: 'container.attach',
    keys: ['a'],
    panes: CONTAINERS,
    label: 'attach',
    description: "Attach to the container's main process (ctrl-p ctrl-q detaches)",
    mutating: true,
  },
  {
    command: 'container.inspect',
    keys: ['i'],
    panes: CONTAINERS,
    label: 'inspect',
    description: 'Inspect the container: its document, Env and Top',
    footer: true,
  },
];
