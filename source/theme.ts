// Semantic colour tokens. NO_COLOR (or --no-color) is a theme too: no colours, emphasis by inverse and bold.
import type { ContainerState } from './docker/types.js';

export interface Theme {
  accent?: string;
  muted?: string;
  error?: string;
  warning?: string;
  ok?: string;
  key?: string;
  selectionBg?: string;
  selectionFg?: string;
  /** Without colours the selection is drawn in inverse video. */
  inverseSelection: boolean;
  state: Record<ContainerState, string | undefined>;
  /** Container names in merged logs, in turn. */
  sources?: string[];
  /** Colour sequences inside log lines are shown as colour. */
  logColors?: boolean;
  /** Colours of structured documents (inspect JSON). */
  syntax?: { key?: string; string?: string; number?: string; literal?: string };
}

export const darkTheme: Theme = {
  accent: 'cyan',
  muted: 'gray',
  error: 'red',
  warning: 'yellow',
  ok: 'green',
  key: 'cyan',
  selectionBg: 'blue',
  selectionFg: 'white',
  inverseSelection: false,
  state: {
    running: 'green',
    restarting: 'yellow',
    paused: 'yellow',
    created: 'cyan',
    removing: 'magenta',
    exited: 'gray',
    dead: 'red',
  },
  sources: ['cyan', 'magenta', 'yellow', 'green', 'blueBright', 'redBright', 'cyanBright', 'magentaBright'],
  logColors: true,
  syntax: { key: 'cyan', string: 'green', number: 'yellow', literal: 'magenta' },
};

export const noColorTheme: Theme = {
  inverseSelection: true,
  state: {
    running: undefined,
    restarting: undefined,
    paused: undefined,
    created: undefined,
    removing: undefined,
    exited: undefined,
    dead: undefined,
  },
};

export const THEMES: Record<string, Theme> = { dark: darkTheme, 'no-color': noColorTheme };

export function pickTheme(name: string | undefined, noColor: boolean): Theme {
  if (noColor) return noColorTheme;
  return THEMES[name ?? 'dark'] ?? darkTheme;
}
