// The images pane's command-line words: :pull, :push, :build, :login, :image-prune.
import { referenceError } from '../docker/reference.js';
import { selectedImageRow } from '../store/imageSelectors.js';
import type { ActionContext } from './actionContext.js';
import { buildWithOutput } from './buildTask.js';
import type { ColonCommand } from './colonCommands.js';
import { pruneDialog, pullDialog } from './imageCommands.js';
import { checkBuild } from './imageIntentHandlers.js';
import { pullImage, pushImage } from './imageTasks.js';
import { loginDialog, normaliseRegistry } from './loginTask.js';

/** ":build DIR -t TAG -f FILE" → the values of the build form, or what is wrong with the words. */
export function parseBuildArgs(
  args: string[],
): { context?: string; tag?: string; dockerfile?: string } | string {
  const out: { context?: string; tag?: string; dockerfile?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const flag = /^(-t|--tag|-f|--file)(?:=(.*))?$/.exec(word);
    if (flag) {
      const value = flag[2] ?? args[++i];
      if (value === undefined) return `${flag[1]} needs a value`;
      if (flag[1] === '-t' || flag[1] === '--tag') out.tag = value;
      else out.dockerfile = value;
    } else if (word.startsWith('-')) {
      return `unknown option ${word} (:build DIR -t TAG -f DOCKERFILE)`;
    } else if (out.context === undefined) {
      out.context = word;
    } else {
      return `one directory only (got ${out.context} and ${word})`;
    }
  }
  return out;
}

function onlyOne(name: string, args: string[]): string | undefined {
  return args.length > 1 ? `:${name} takes one reference (got ${args.length})` : undefined;
}

export const IMAGE_COLON_COMMANDS: ColonCommand[] = [
  {
    name: 'pull',
    usage: ':pull REF',
    description: 'Pull an image, with progress (no REF: asks)',
    mutating: true,
    run: (args, ctx) => {
      const wrong = onlyOne('pull', args);
      if (wrong) return wrong;
      if (!args[0]) {
        pullDialog(ctx);
        return undefined;
      }
      const error = referenceError(args[0]);
      if (error) return `:pull: ${error}`;
      void pullImage(ctx, args[0]);
      return undefined;
    },
  },
  {
    name: 'push',
    usage: ':push REF',
    description: 'Push an image to its registry, with progress (no REF: the selected image)',
    mutating: true,
    run: (args, ctx: ActionContext) => {
      const wrong = onlyOne('push', args);
      if (wrong) return wrong;
      let ref = args[0];
      if (!ref) {
        const row = selectedImageRow(ctx.getState());
        if (!row || row.dangling) return ':push needs a reference (the selected image has no tag)';
        ref = row.ref;
      }
      const error = referenceError(ref);
      if (error) return `:push: ${error}`;
      void pushImage(ctx, ref);
      return undefined;
    },
  },
  {
    name: 'build',
    usage: ':build DIR -t TAG',
    description: 'Build an image from a directory (-f names another Dockerfile)',
    mutating: true,
    run: (args, ctx) => {
      const parsed = parseBuildArgs(args);
      if (typeof parsed === 'string') return `:build: ${parsed}`;
      const checked = checkBuild({ ...parsed, context: parsed.context ?? '.' });
      if ('fieldErrors' in checked) return `:build: ${Object.values(checked.fieldErrors).join('; ')}`;
      void buildWithOutput(ctx, checked);
      return undefined;
    },
  },
  {
    name: 'login',
    usage: ':login REGISTRY',
    description: 'Log in to a registry (no REGISTRY: Docker Hub); stored as docker login does',
    mutating: true,
    run: (args, ctx) => {
      const wrong = onlyOne('login', args);
      if (wrong) return wrong;
      const registry = normaliseRegistry(args[0]);
      if (typeof registry !== 'string') return `:login: ${registry.error}`;
      ctx.dispatch({ type: 'dialog/open', dialog: loginDialog(registry) });
      return undefined;
    },
  },
  {
    name: 'image-prune',
    aliases: ['prune-images'],
    usage: ':image-prune',
    description: 'Prune dangling (or all unused) images, after asking',
    mutating: true,
    run: (_args, ctx) => {
      pruneDialog(ctx);
      return undefined;
    },
  },
];
