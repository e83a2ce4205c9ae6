// What the Volumes pane's keys and dialogs do: create, inspect, remove, prune, sizes, go to containers.

import { classifyError } from '../docker/errors.js';
import type { Volume } from '../docker/types.js';
import { checkVolumeForm, volumeCreateDialog } from '../forms/volumeForm.js';
import type { Command } from '../keymap.js';
import { formatBytes } from '../render/format.js';
import type { Intent } from '../store/intents.js';
import { textView } from '../store/views.js';
import { holdersOf, selectedVolume, unusedVolumes, visibleVolumes } from '../store/volumeSelectors.js';
import type { ActionContext } from './actionContext.js';
import type { CommandHandler } from './commandHandlers.js';
import type { Handler } from './intentHandlers.js';
import { jumpToContainers } from './jumpToContainer.js';
import { runBulk, runTask } from './runTask.js';
import { containerNames, explained, markedOrSelected, reopenForm, someNames } from './targets.js';
import { loadVolumeUsage } from './volumeUsage.js';

function noVolume(ctx: ActionContext): void {
  ctx.dispatch({ type: 'status/set', status: { level: 'info', text: 'no volume selected' } });
}

/** Removes a volume; when the engine refuses because containers hold it, names them. */
async function removeVolume(ctx: ActionContext, name: string): Promise<void> {
  try {
    await ctx.client.removeVolume(name);
  } catch (error) {
    const failure = classifyError(error);
    if (failure.kind !== 'conflict') throw error;
    const state = ctx.getState();
    // the engine names the holders by id: "volume is in use - [id, id]"
    const ids = [...failure.message.matchAll(/[0-9a-f]{64}/g)].map((m) => m[0]);
    const fromEngine = state.containers.filter((c) => ids.includes(c.id));
    const holders = fromEngine.length ? fromEngine : holdersOf(state, name);
    const unknown = ids
      .filter((id) => !state.containers.some((c) => c.id === id))
      .map((id) => id.slice(0, 12));
    const names = [containerNames(holders), ...unknown].filter(Boolean).join(', ');
    if (!names) throw error;
    throw explained(
      409,
      `in use by ${names}: remove ${holders.length + unknown.length > 1 ? 'them' : 'it'} first`,
    );
  }
}

/** Their total size, when every one of them was measured. */
function sizeOf(ctx: ActionContext, names: readonly string[]): number | undefined {
  const sizes = ctx.getState().volumeUsage?.sizes;
  if (!sizes || names.some((n) => sizes[n] === undefined)) return undefined;
  return names.reduce((sum, n) => sum + sizes[n]!, 0);
}

export const VOLUME_COMMANDS: Partial<Record<Command, CommandHandler>> = {
  'volume.create': (ctx) => ctx.dispatch({ type: 'dialog/open', dialog: volumeCreateDialog() }),

  'volume.inspect': async (ctx) => {
    const volume = selectedVolume(ctx.getState());
    if (!volume) return noVolume(ctx);
    await runTask(ctx, {
      what: `inspecting volume ${volume.name}`,
      run: async () => {
        const { raw } = await ctx.client.inspectVolume(volume.name);
        const state = ctx.getState();
        const holders = holdersOf(state, volume.name);
        const size = state.volumeUsage?.sizes[volume.name];
        const lines = [
          `Used by: ${holders.length ? containerNames(holders) : 'no container'}`,
          `Size:    ${size === undefined ? 'not measured (u measures)' : formatBytes(size)}`,
          '',
          ...JSON.stringify(raw, null, 2).split('\n'),
        ];
        ctx.dispatch({ type: 'view/push', view: textView(`volume ${volume.name}`, lines) });
      },
    });
  },

  'volume.remove': (ctx) => {
    const state = ctx.getState();
    const targets = markedOrSelected(
      ctx,
      'volumes',
      visibleVolumes(state),
      (v) => v.name,
      selectedVolume(state),
    );
    if (targets.length === 0) return noVolume(ctx);
    const message = targets.map((v: Volume) => {
      const holders = holdersOf(state, v.name);
      return holders.length
        ? `${v.name}: used by ${containerNames(holders)} — the engine will refuse while they exist`
        : v.name;
    });
    message.push('', 'The data in them is deleted for good.');
    ctx.dispatch({
      type: 'dialog/open',
      dialog: {
        kind: 'confirm',
        title:
          targets.length === 1 ? `Remove volume ${targets[0]!.name}?` : `Remove ${targets.length} volumes?`,
        message,
        danger: true,
        intent: { type: 'volume/remove', names: targets.map((v) => v.name) },
      },
    });
  },

  'volume.prune': (ctx) => {
    const unused = unusedVolumes(ctx.getState()).map((v) => v.name);
    if (unused.length === 0) {
      ctx.dispatch({
        type: 'status/set',
        status: { level: 'info', text: 'nothing to prune: every volume is used by a container' },
      });
      return;
    }
    const size = sizeOf(ctx, unused);
    ctx.dispatch({
      type: 'dialog/open',
      dialog: {
        kind: 'confirm',
        title: `Prune ${unused.length} unused volume${unused.length === 1 ? '' : 's'}?`,
        message: [
          `No container uses ${unused.length === 1 ? 'it' : 'them'}: ${someNames([...unused].sort())}`,
          size === undefined
            ? 'How much they hold is not measured yet (u measures).'
            : `${unused.length === 1 ? 'It holds' : 'They hold'} ${formatBytes(size)}.`,
          'The data in them is deleted for good.',
        ],
        danger: true,
        intent: { type: 'volume/prune' },
      },
    });
  },

  'volume.usage': (ctx) => loadVolumeUsage(ctx.client, ctx.dispatch, true),

  'volume.containers': (ctx) => {
    const state = ctx.getState();
    const volume = selectedVolume(state);
    if (!volume) return noVolume(ctx);
    jumpToContainers(ctx, holdersOf(state, volume.name), `using volume ${volume.name}`);
  },
};

type VolumeIntent = Extract<Intent, { type: `volume/${string}` }>;

export const VOLUME_INTENTS: { [T in VolumeIntent['type']]: Handler<Extract<Intent, { type: T }>> } = {
  'volume/create': (_intent, answer, ctx) => {
    const state = ctx.getState();
    const check = checkVolumeForm(
      answer.values,
      state.volumes.map((v) => v.name),
    );
    if ('fieldErrors' in check) return { fieldErrors: check.fieldErrors };
    const dialog = state.dialog;
    const what = `creating volume ${check.spec.name ?? ''}`.trim();
    ctx.dispatch({ type: 'status/set', status: { level: 'info', text: `${what}…` } });
    void (async () => {
      try {
        const volume = await ctx.client.createVolume(check.spec);
        // list now rather than wait for the event, so the new volume can be selected
        ctx.dispatch({ type: 'volumes/loaded', volumes: await ctx.client.listVolumes() });
        if (ctx.getState().pane === 'volumes') ctx.dispatch({ type: 'select/id', id: volume.name });
        ctx.dispatch({
          type: 'status/set',
          status: { level: 'info', text: `created volume ${volume.name}` },
        });
      } catch (error) {
        reopenForm(ctx, dialog, what, error);
      }
    })();
    return undefined;
  },

  'volume/remove': (intent, _answer, ctx) => {
    const names = intent.names;
    void (async () => {
      if (names.length === 1) {
        const name = names[0]!;
        await runTask(ctx, {
          ids: [name],
          pending: 'removing…',
          what: `removing volume ${name}`,
          run: () => removeVolume(ctx, name),
          done: () => `removed volume ${name}`,
        });
      } else {
        await runBulk(
          ctx,
          names.map((n) => ({ id: n, label: n })),
          { pending: 'removing…', done: 'removed volumes:', what: 'removing volumes' },
          (name) => removeVolume(ctx, name),
        );
        ctx.dispatch({ type: 'mark/clear', pane: 'volumes' });
      }
    })();
    return undefined;
  },

  'volume/prune': (_intent, _answer, ctx) => {
    void (async () => {
      await runTask(ctx, {
        what: 'pruning volumes',
        run: () => ctx.client.pruneVolumes(),
        done: (r) =>
          r.removed.length === 0
            ? 'pruned nothing: the engine found no unused volume'
            : `pruned ${r.removed.length} volume${r.removed.length === 1 ? '' : 's'} (${someNames(r.removed, 4)}), reclaimed ${formatBytes(r.spaceReclaimed ?? 0)}`,
      });
      ctx.refresh('volume');
      if (ctx.getState().volumeUsage) void loadVolumeUsage(ctx.client, ctx.dispatch);
    })();
    return undefined;
  },
};
