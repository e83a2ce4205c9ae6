// The images pane's keys: inspect, pull, build, tag, remove, run, prune, the dangling toggle.
// Registered into COMMAND_HANDLERS (source/hooks/commandHandlers.ts).
import type { ImageCommand } from '../keymap.js';
import { formatBytes, shortId } from '../render/format.js';
import { historyLines } from '../render/imageHistory.js';
import { type FormField, promptDialog } from '../store/dialogs.js';
import type { ImageTarget } from '../store/imageIntents.js';
import {
  type ImageRow,
  imageUsage,
  pruneCandidates,
  selectedImageRow,
  targetImageRows,
} from '../store/imageSelectors.js';
import type { Intent } from '../store/intents.js';
import { textView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import { engineError } from './imageTasks.js';

type Handler = (ctx: ActionContext) => void | Promise<void>;

function info(ctx: ActionContext, text: string, level: 'info' | 'error' = 'info'): void {
  ctx.dispatch({ type: 'status/set', status: { level, text } });
}

const label = (r: ImageRow) => (r.dangling ? `<none>:<none> (${shortId(r.image.id)})` : r.ref);

function selected(ctx: ActionContext): ImageRow | undefined {
  const row = selectedImageRow(ctx.getState());
  if (!row) info(ctx, 'no image selected', 'error');
  return row;
}

export async function inspectImage(ctx: ActionContext, row: ImageRow): Promise<void> {
  try {
    const [doc, layers] = await Promise.all([
      ctx.client.inspectImage(row.image.id),
      ctx.client.imageHistory(row.image.id),
    ]);
    ctx.dispatch({
      type: 'view/push',
      view: {
        kind: 'tabbed',
        title: `image ${label(row)}`,
        active: 0,
        tabs: [
          { name: 'Inspect', view: textView('inspect', JSON.stringify(doc, null, 2).split('\n')) },
          { name: 'History', view: textView('history', historyLines(layers)) },
        ],
      },
    });
  } catch (error) {
    info(ctx, `inspecting ${label(row)} failed: ${engineError(ctx, error)}`, 'error');
  }
}

/** The confirmation for removing rows: names the containers that hold an image, and asks for force then. */
export function removeDialog(ctx: ActionContext, rows: ImageRow[]) {
  const state = ctx.getState();
  const usage = imageUsage(state);
  const message: string[] = [];
  let force = false;
  const untagOnly = rows.every((r) => !r.dangling && r.image.repoTags.length > 1);
  for (const row of rows.slice(0, 6)) {
    const users = usage.get(row.image.id) ?? [];
    // removing one of several tags only untags: no container stops it
    const lastName = row.dangling || row.image.repoTags.length <= 1;
    if (users.length && lastName) {
      force = true;
      const names = users.slice(0, 4).map((c) => c.name);
      const more = users.length > names.length ? ` and ${users.length - names.length} more` : '';
      message.push(`${label(row)} is used by ${names.join(', ')}${more}`);
    } else if (!lastName) {
      message.push(
        `${row.ref}: only the tag goes (the image stays as ${row.image.repoTags.find((t) => t !== row.ref)})`,
      );
    } else {
      message.push(`${label(row)} (${shortId(row.image.id)}, ${formatBytes(row.image.size)})`);
    }
  }
  if (rows.length > 6) message.push(`…and ${rows.length - 6} more`);
  if (force) message.push('', 'y removes it anyway (force): the containers keep running on it, untagged.');
  const targets: ImageTarget[] = rows.map((r) => ({
    name: r.dangling ? r.image.id : r.ref,
    imageId: r.image.id,
    label: label(r),
  }));
  ctx.dispatch({
    type: 'dialog/open',
    dialog: {
      kind: 'confirm',
      title: `${force ? 'Force-remove' : 'Remove'} ${rows.length === 1 ? (untagOnly ? 'tag' : 'image') : `${rows.length} ${untagOnly ? 'tags' : 'images'}`}?`,
      message,
      danger: true,
      intent: { type: 'image.remove', targets, force },
    },
  });
}

/** A one-field form with its own submit label. */
function prompt(
  title: string,
  field: Omit<FormField, 'value'> & { value?: string },
  intent: Intent,
  submit: string,
) {
  const dialog = promptDialog(title, field, intent);
  return dialog.kind === 'form' ? { ...dialog, submitLabel: submit } : dialog;
}

export function pullDialog(ctx: ActionContext, value = ''): void {
  const field = {
    id: 'ref',
    label: 'Image',
    value,
    placeholder: 'busybox:latest',
    hint: 'name[:tag], or registry:port/name[:tag]',
  };
  ctx.dispatch({
    type: 'dialog/open',
    dialog: prompt('Pull an image', field, { type: 'image.pull' }, 'pull'),
  });
}

export function buildDialog(ctx: ActionContext): void {
  ctx.dispatch({
    type: 'dialog/open',
    dialog: {
      kind: 'form',
      title: 'Build an image',
      fields: [
        {
          id: 'context',
          label: 'Directory',
          value: process.cwd(),
          hint: 'the build context, with a Dockerfile',
        },
        {
          id: 'tag',
          label: 'Tag',
          value: '',
          placeholder: 'myapp:dev',
          hint: 'repo[:tag] for the result (optional)',
        },
        { id: 'dockerfile', label: 'Dockerfile', value: 'Dockerfile', hint: 'relative to the directory' },
      ],
      focus: 1,
      submitLabel: 'build',
      intent: { type: 'image.build' },
    },
  });
}

export function pruneDialog(ctx: ActionContext): void {
  const state = ctx.getState();
  const dangling = pruneCandidates(state, false);
  const all = pruneCandidates(state, true);
  if (all.count === 0) {
    info(ctx, 'nothing to prune: every image is used by a container');
    return;
  }
  const images = (n: number) => `${n} image${n === 1 ? '' : 's'}`;
  ctx.dispatch({
    type: 'dialog/open',
    dialog: {
      kind: 'confirm',
      title: 'Prune images?',
      message: [
        dangling.count
          ? `Removes ${images(dangling.count)} that are dangling and unused: about ${formatBytes(dangling.bytes)}.`
          : 'No dangling image is unused: only "all unused" would remove anything.',
        `With a: every image no container uses — ${images(all.count)}, about ${formatBytes(all.bytes)}.`,
        '(Layers shared with images that stay are kept, so the space freed may be less.)',
      ],
      options: [{ id: 'all', key: 'a', label: 'all unused images, not only dangling ones', value: false }],
      danger: true,
      intent: { type: 'image.prune' },
    },
  });
}

/** Until the run dialog lands (issue 4: openRunDialog(ctx, prefill)), `n` says how to run the image. */
export let openRunDialogForImage: ((ctx: ActionContext, image: string) => void) | undefined;
export function setRunDialogOpener(open: (ctx: ActionContext, image: string) => void): void {
  openRunDialogForImage = open;
}

export const IMAGE_COMMANDS: Record<ImageCommand, Handler> = {
  'image.inspect': async (ctx) => {
    const row = selected(ctx);
    if (row) await inspectImage(ctx, row);
  },
  'image.pull': (ctx) => pullDialog(ctx),
  'image.build': (ctx) => buildDialog(ctx),
  'image.tag': (ctx) => {
    const row = selected(ctx);
    if (!row) return;
    const repo = row.dangling ? '' : row.ref.replace(/:[^:/]+$/, '');
    const field = {
      id: 'ref',
      label: 'New tag',
      value: repo ? `${repo}:` : '',
      hint: 'repo[:tag], e.g. myapp:1.0',
    };
    const intent: Intent = { type: 'image.tag', imageId: row.image.id, source: row.key };
    ctx.dispatch({ type: 'dialog/open', dialog: prompt(`Tag ${label(row)} as`, field, intent, 'tag') });
  },
  'image.remove': (ctx) => {
    const rows = targetImageRows(ctx.getState());
    if (rows.length === 0) info(ctx, 'no image selected', 'error');
    else removeDialog(ctx, rows);
  },
  'image.run': (ctx) => {
    const row = selected(ctx);
    if (!row) return;
    const image = row.dangling ? shortId(row.image.id) : row.ref;
    if (openRunDialogForImage) openRunDialogForImage(ctx, image);
    else info(ctx, `the run dialog is not here yet: use :run ${image}`, 'error');
  },
  'image.prune': (ctx) => pruneDialog(ctx),
  'image.toggleDangling': (ctx) => {
    const showing = ctx.getState().showDangling;
    ctx.dispatch({ type: 'dangling/toggle' });
    info(ctx, showing ? 'hiding dangling images' : 'showing dangling images too');
  },
  // tabs switch in the view's own key handler (tabbedViewKeys.ts); this entry is for the help and footer
  'view.nextTab': () => undefined,
};
