// What the Networks pane's keys and dialogs do: create, inspect, remove, prune, connect, disconnect, go to
// containers. Built-in networks are refused here, before the engine is asked.

import { byText } from '../compare.js';
import { classifyError } from '../docker/errors.js';
import type { Network } from '../docker/types.js';
import { checkNetworkForm, networkCreateDialog } from '../forms/networkForm.js';
import type { Command } from '../keymap.js';
import { networkInspectLines } from '../render/networkInspect.js';
import type { Intent } from '../store/intents.js';
import {
  isBuiltinNetwork,
  membersOf,
  selectedNetwork,
  unusedNetworks,
  visibleNetworks,
} from '../store/networkSelectors.js';
import { textView } from '../store/views.js';
import type { ActionContext } from './actionContext.js';
import type { CommandHandler } from './commandHandlers.js';
import type { Handler } from './intentHandlers.js';
import { containerLabel, jumpToContainers } from './jumpToContainer.js';
import { runBulk, runTask } from './runTask.js';
import { containerNames, explained, markedOrSelected, reopenForm, someNames } from './targets.js';

function say(ctx: ActionContext, text: string, level: 'info' | 'error' = 'info'): void {
  ctx.dispatch({ type: 'status/set', status: { level, text } });
}

const running = (state: ReturnType<ActionContext['getState']>, n: Network) =>
  membersOf(state, n).filter(
    (c) => c.state === 'running' || c.state === 'paused' || c.state === 'restarting',
  );

/** Removes a network; when the engine refuses because containers are on it, names them. */
async function removeNetwork(ctx: ActionContext, network: { id: string; name: string }): Promise<void> {
  try {
    await ctx.client.removeNetwork(network.id);
  } catch (error) {
    const failure = classifyError(error);
    if (failure.kind !== 'conflict' && !/active endpoints/.test(failure.message)) throw error;
    const state = ctx.getState();
    const found = state.networks.find((n) => n.id === network.id);
    const holders = found ? running(state, found) : [];
    if (holders.length === 0) throw error;
    throw explained(
      409,
      `${network.name} has containers attached: ${containerNames(holders)}; disconnect or stop them first`,
    );
  }
}

function builtinRefusal(names: readonly string[]): string {
  return `${someNames(names)} ${names.length === 1 ? 'is' : 'are'} built into the engine: berth does not remove built-in networks`;
}

export const NETWORK_COMMANDS: Partial<Record<Command, CommandHandler>> = {
  'network.create': (ctx) => ctx.dispatch({ type: 'dialog/open', dialog: networkCreateDialog() }),

  'network.inspect': async (ctx) => {
    const network = selectedNetwork(ctx.getState());
    if (!network) return say(ctx, 'no network selected');
    await runTask(ctx, {
      what: `inspecting network ${network.name}`,
      run: async () => {
        const { value, raw } = await ctx.client.inspectNetwork(network.id);
        const lines = networkInspectLines(value, raw, {
          builtin: isBuiltinNetwork(value),
          configured: membersOf(ctx.getState(), value).map((c) => c.name),
        });
        ctx.dispatch({ type: 'view/push', view: textView(`network ${value.name}`, lines) });
      },
    });
  },

  'network.remove': (ctx) => {
    const state = ctx.getState();
    const targets = markedOrSelected(
      ctx,
      'networks',
      visibleNetworks(state),
      (n) => n.id,
      selectedNetwork(state),
    );
    if (targets.length === 0) return say(ctx, 'no network selected');
    const builtin = targets.filter(isBuiltinNetwork);
    const removable = targets.filter((n) => !isBuiltinNetwork(n));
    if (removable.length === 0) return say(ctx, builtinRefusal(builtin.map((n) => n.name)), 'error');
    const message = removable.map((n) => {
      const holders = running(state, n);
      if (holders.length) {
        return `${n.name}: ${containerNames(holders)} attached — the engine will refuse while they are`;
      }
      const stopped = membersOf(state, n);
      return stopped.length ? `${n.name}: stopped containers lose it: ${containerNames(stopped)}` : n.name;
    });
    if (builtin.length) message.push('', `Kept: ${builtinRefusal(builtin.map((n) => n.name))}.`);
    ctx.dispatch({
      type: 'dialog/open',
      dialog: {
        kind: 'confirm',
        title:
          removable.length === 1
            ? `Remove network ${removable[0]!.name}?`
            : `Remove ${removable.length} networks?`,
        message,
        danger: true,
        intent: { type: 'network/remove', networks: removable.map((n) => ({ id: n.id, name: n.name })) },
      },
    });
  },

  'network.prune': (ctx) => {
    const unused = unusedNetworks(ctx.getState()).map((n) => n.name);
    if (unused.length === 0) return say(ctx, 'nothing to prune: every user network has a running container');
    ctx.dispatch({
      type: 'dialog/open',
      dialog: {
        kind: 'confirm',
        title: `Prune ${unused.length} unused network${unused.length === 1 ? '' : 's'}?`,
        message: [
          `No running container is attached to ${unused.length === 1 ? 'it' : 'them'}: ${someNames([...unused].sort())}`,
          'Stopped containers configured on them lose them too. Built-in networks are kept.',
        ],
        danger: true,
        intent: { type: 'network/prune' },
      },
    });
  },

  'network.connect': (ctx) => {
    const state = ctx.getState();
    const network = selectedNetwork(state);
    if (!network) return say(ctx, 'no network selected');
    if (network.name === 'host' || network.name === 'none') {
      return say(
        ctx,
        `containers join ${network.name} only when they are created (network mode), not by connecting`,
        'error',
      );
    }
    const on = new Set(membersOf(state, network).map((c) => c.id));
    const candidates = state.containers.filter((c) => !on.has(c.id)).sort((a, b) => byText(a.name, b.name));
    if (candidates.length === 0) return say(ctx, `every container is already on ${network.name}`);
    ctx.dispatch({
      type: 'dialog/open',
      dialog: {
        kind: 'pick',
        title: `Connect a container to ${network.name}`,
        items: candidates.map((c) => ({ id: c.id, label: containerLabel(c) })),
        selected: 0,
        filter: '',
        intent: { type: 'network/connect', network: network.id, name: network.name },
      },
    });
  },

  'network.disconnect': (ctx) => {
    const state = ctx.getState();
    const network = selectedNetwork(state);
    if (!network) return say(ctx, 'no network selected');
    const members = [...membersOf(state, network)].sort((a, b) => byText(a.name, b.name));
    if (members.length === 0) return say(ctx, `no container is on ${network.name}`);
    ctx.dispatch({
      type: 'dialog/open',
      dialog: {
        kind: 'pick',
        title: `Disconnect a container from ${network.name}`,
        items: members.map((c) => ({ id: c.id, label: containerLabel(c) })),
        selected: 0,
        filter: '',
        intent: { type: 'network/disconnect', network: network.id, name: network.name },
      },
    });
  },

  'network.containers': (ctx) => {
    const state = ctx.getState();
    const network = selectedNetwork(state);
    if (!network) return say(ctx, 'no network selected');
    jumpToContainers(ctx, membersOf(state, network), `on network ${network.name}`);
  },
};

type NetworkIntent = Extract<Intent, { type: `network/${string}` }>;

function containerName(ctx: ActionContext, id: string): string {
  return ctx.getState().containers.find((c) => c.id === id)?.name ?? id.slice(0, 12);
}

export const NETWORK_INTENTS: { [T in NetworkIntent['type']]: Handler<Extract<Intent, { type: T }>> } = {
  'network/create': (_intent, answer, ctx) => {
    const state = ctx.getState();
    const check = checkNetworkForm(
      answer.values,
      state.networks.map((n) => n.name),
    );
    if ('fieldErrors' in check) return { fieldErrors: check.fieldErrors };
    const dialog = state.dialog;
    const what = `creating network ${check.spec.name}`;
    say(ctx, `${what}…`);
    void (async () => {
      try {
        const network = await ctx.client.createNetwork(check.spec);
        ctx.dispatch({ type: 'networks/loaded', networks: await ctx.client.listNetworks() });
        if (ctx.getState().pane === 'networks') ctx.dispatch({ type: 'select/id', id: network.id });
        const subnet = network.subnets[0]?.subnet;
        say(ctx, `created network ${network.name}${subnet ? ` (${subnet})` : ''}`);
      } catch (error) {
        reopenForm(ctx, dialog, what, error);
      }
    })();
    return undefined;
  },

  'network/remove': (intent, _answer, ctx) => {
    const { networks } = intent;
    void (async () => {
      if (networks.length === 1) {
        const network = networks[0]!;
        await runTask(ctx, {
          ids: [network.id],
          pending: 'removing…',
          what: `removing network ${network.name}`,
          run: () => removeNetwork(ctx, network),
          done: () => `removed network ${network.name}`,
        });
      } else {
        await runBulk(
          ctx,
          networks.map((n) => ({ id: n.id, label: n.name })),
          { pending: 'removing…', done: 'removed networks:', what: 'removing networks' },
          (id) => removeNetwork(ctx, networks.find((n) => n.id === id)!),
        );
        ctx.dispatch({ type: 'mark/clear', pane: 'networks' });
      }
    })();
    return undefined;
  },

  'network/prune': (_intent, _answer, ctx) => {
    void runTask(ctx, {
      what: 'pruning networks',
      run: () => ctx.client.pruneNetworks(),
      done: (r) =>
        r.removed.length === 0
          ? 'pruned nothing: the engine found no unused network'
          : `pruned ${r.removed.length} network${r.removed.length === 1 ? '' : 's'}: ${someNames(r.removed, 4)}`,
    }).then(() => ctx.refresh('network'));
    return undefined;
  },

  'network/connect': (intent, answer, ctx) => {
    const id = answer.picked;
    if (!id) return undefined;
    const name = containerName(ctx, id);
    void runTask(ctx, {
      ids: [intent.network],
      pending: 'connecting…',
      what: `connecting ${name} to ${intent.name}`,
      run: () => ctx.client.connectNetwork(intent.network, id),
      done: () => `connected ${name} to ${intent.name}`,
    }).then(() => ctx.refresh('container'));
    return undefined;
  },

  'network/disconnect': (intent, answer, ctx) => {
    const id = answer.picked;
    if (!id) return undefined;
    const name = containerName(ctx, id);
    void runTask(ctx, {
      ids: [intent.network],
      pending: 'disconnecting…',
      what: `disconnecting ${name} from ${intent.name}`,
      run: () => ctx.client.disconnectNetwork(intent.network, id),
      done: () => `disconnected ${name} from ${intent.name}`,
    }).then(() => ctx.refresh('container'));
    return undefined;
  },
};
