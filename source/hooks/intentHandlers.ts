// What each dialog intent does when answered. A handler validates first: returning errors keeps the dialog
// open with everything typed; returning nothing closes it (long work goes on, reported in the status line).
import type { DialogAnswer, Intent, IntentResult } from '../store/intents.js';
import type { ActionContext } from './actionContext.js';
import { execIntent, killIntent, removeIntent } from './containerCommands.js';
import { IMAGE_INTENT_HANDLERS } from './imageIntentHandlers.js';
import { jumpToContainer } from './jumpToContainer.js';
import { NETWORK_INTENTS } from './networkActions.js';
import { submitRunForm } from './runCommands.js';
import { VOLUME_INTENTS } from './volumeActions.js';

export type Handler<I extends Intent> = (intent: I, answer: DialogAnswer, ctx: ActionContext) => IntentResult;

export const INTENT_HANDLERS: { [T in Intent['type']]: Handler<Extract<Intent, { type: T }>> } = {
  noop: () => undefined,
  'container/remove': removeIntent,
  'container/kill': killIntent,
  'container/exec': execIntent,
  ...IMAGE_INTENT_HANDLERS,
  ...VOLUME_INTENTS,
  ...NETWORK_INTENTS,
  'container/jump': (_intent, answer, ctx) => {
    if (answer.picked) jumpToContainer(ctx, answer.picked);
    return undefined;
  },
  run: submitRunForm,
  'context.switch': (_intent, answer, ctx) => {
    const error = answer.picked ? ctx.switchContext(answer.picked) : undefined;
    return error ? { error } : undefined;
  },
};

export function handleIntent(intent: Intent, answer: DialogAnswer, ctx: ActionContext): IntentResult {
  const handler = INTENT_HANDLERS[intent.type] as Handler<Intent>;
  return handler(intent, answer, ctx);
}
