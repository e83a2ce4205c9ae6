// The command line (':'): a word and its arguments → an action. Features add their commands to the table.
import { listContexts } from '../docker/context.js';
import { shellWords } from '../input/shellWords.js';
import { PANE_TITLES, PANES, type PaneId } from '../store/state.js';
import type { ActionContext } from './actionContext.js';
import { IMAGE_COLON_COMMANDS } from './imageColonCommands.js';
import { LOGS_COMMANDS, openLogs } from './logsCommands.js';
import { runColon } from './runCommands.js';

export interface ColonCommand {
  name: string;
  aliases?: string[];
  /** ":run [docker run flags] IMAGE [COMMAND]" */
  usage: string;
  description: string;
  /** Changes the engine: refused under --read-only. */
  mutating?: boolean;
  /** Acts; returns an error to show (the line stays as typed), or nothing. `line` is everything after the name. */
  run: (args: string[], ctx: ActionContext, line: string) => string | undefined;
}

export const COLON_COMMANDS: ColonCommand[] = [
  ...PANES.map(
    (pane: PaneId): ColonCommand => ({
      name: pane,
      aliases: [pane.replace(/s$/, '')],
      usage: `:${pane}`,
      description: `Show the ${PANE_TITLES[pane]} pane`,
      run: (_args, ctx) => {
        ctx.dispatch({ type: 'pane/switch', pane });
        return undefined;
      },
    }),
  ),
  {
    name: 'run',
    aliases: ['docker'],
    usage: ':run [docker run flags] IMAGE [COMMAND] [ARG…]',
    description:
      'Run a container as `docker run` would (the leading "docker run" is optional); alone: the run dialog',
    mutating: true,
    run: (args, ctx) => runColon(args, ctx),
  },
  {
    name: 'quit',
    aliases: ['q', 'q!', 'exit'],
    usage: ':q',
    description: 'Quit berth',
    run: (_args, ctx) => {
      ctx.quit();
      return undefined;
    },
  },
  {
    name: 'ctx',
    aliases: ['context'],
    usage: ':ctx [NAME]',
    description: 'Switch to the engine of a docker context (no name: pick one)',
    run: (args, ctx) => {
      if (args[0]) return ctx.switchContext(args[0]);
      const contexts = listContexts();
      ctx.dispatch({
        type: 'dialog/open',
        dialog: {
          kind: 'pick',
          title: 'Switch to which docker context?',
          items: contexts.map((c) => ({
            id: c.name,
            label: `${c.name}  ${c.host}${c.description ? `  ${c.description}` : ''}`,
          })),
          selected: 0,
          filter: '',
          intent: { type: 'context.switch' },
        },
      });
      return undefined;
    },
  },
  {
    name: 'logs',
    aliases: ['log'],
    usage: ':logs [NAME…]',
    description: 'Follow the logs of containers by name or id, merged (none: the selected or marked ones)',
    run: (args, ctx) => {
      if (args.length) openLogs(ctx, args);
      else void LOGS_COMMANDS['logs.open']?.(ctx);
      return undefined;
    },
  },
  {
    name: 'help',
    aliases: ['h'],
    usage: ':help',
    description: 'Show the keys and commands',
    run: (_args, ctx) => {
      ctx.dispatch({ type: 'mode/set', mode: 'help' });
      return undefined;
    },
  },
  ...IMAGE_COLON_COMMANDS,
];

export function findColonCommand(name: string): ColonCommand | undefined {
  return COLON_COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}

/** Runs a command line; returns an error for the user, or nothing when it ran. */
export function runColonLine(text: string, ctx: ActionContext): string | undefined {
  const line = text.trim().replace(/^:/, '');
  if (!line) return undefined;
  const name = line.split(/\s/, 1)[0]!;
  const rest = line.slice(name.length).trim();
  const command = findColonCommand(name);
  if (!command) return `unknown command ":${name}" — ? lists the commands`;
  if (command.mutating && ctx.getState().readOnly) return `read-only: :${command.name} changes the engine`;
  const words = shellWords(rest);
  if ('error' in words) return `:${command.name}: ${words.error}`;
  return command.run(words.words, ctx, rest);
}
