// A key in a dialog → the dialog's next state, or its answer, or its cancellation. Pure.
import type { Key } from 'ink';
import { type Dialog, pickItems } from '../store/dialogs.js';
import type { DialogAnswer } from '../store/intents.js';
import { editLine } from './editLine.js';

export type DialogStep = { dialog: Dialog } | { submit: DialogAnswer } | { cancel: true } | undefined;

function confirmKey(dialog: Extract<Dialog, { kind: 'confirm' }>, input: string, key: Key): DialogStep {
  if (input === 'y' || input === 'Y') {
    return {
      submit: { values: {}, options: Object.fromEntries((dialog.options ?? []).map((o) => [o.id, o.value])) },
    };
  }
  // y/N: anything that is not a yes or an option key says no
  const option = dialog.options?.find((o) => o.key === input);
  if (option) {
    return {
      dialog: {
        ...dialog,
        options: dialog.options!.map((o) => (o === option ? { ...o, value: !o.value } : o)),
      },
    };
  }
  if (key.escape || key.return || input === 'n' || input === 'N' || input === 'q') return { cancel: true };
  return undefined;
}

function formKey(dialog: Extract<Dialog, { kind: 'form' }>, input: string, key: Key): DialogStep {
  const count = dialog.fields.length;
  if (key.escape) return { cancel: true };
  if (key.return) {
    return { submit: { values: Object.fromEntries(dialog.fields.map((f) => [f.id, f.value])), options: {} } };
  }
  if (key.tab || key.downArrow || key.upArrow) {
    const back = (key.tab && key.shift) || key.upArrow;
    return { dialog: { ...dialog, focus: (dialog.focus + (back ? count - 1 : 1)) % count } };
  }
  const field = dialog.fields[dialog.focus];
  if (!field) return undefined;
  let value: string | undefined;
  if (field.kind === 'toggle') {
    if (input === ' ' || key.leftArrow || key.rightArrow || input === 'y' || input === 'n') {
      value = input === 'y' ? 'yes' : input === 'n' ? 'no' : field.value === 'yes' ? 'no' : 'yes';
    }
  } else if (field.kind === 'choice' && field.choices?.length) {
    if (input === ' ' || key.leftArrow || key.rightArrow) {
      const at = field.choices.indexOf(field.value);
      const step = key.leftArrow ? -1 : 1;
      value = field.choices[(at + step + field.choices.length) % field.choices.length];
    }
  } else {
    value = editLine(field.value, input, key);
  }
  if (value === undefined) return undefined;
  const fields = dialog.fields.map((f, i) =>
    i === dialog.focus ? { ...f, value: value!, error: undefined } : f,
  );
  return { dialog: { ...dialog, fields, error: undefined } };
}

function pickKey(dialog: Extract<Dialog, { kind: 'pick' }>, input: string, key: Key): DialogStep {
  const items = pickItems(dialog);
  if (key.escape) return { cancel: true };
  if (key.return) {
    const item = items[dialog.selected];
    return item ? { submit: { values: {}, options: {}, picked: item.id } } : undefined;
  }
  if (key.downArrow || key.upArrow) {
    const selected = Math.max(0, Math.min(items.length - 1, dialog.selected + (key.downArrow ? 1 : -1)));
    return { dialog: { ...dialog, selected } };
  }
  const filter = editLine(dialog.filter, input, key);
  return filter === undefined ? undefined : { dialog: { ...dialog, filter, selected: 0 } };
}

export function dialogKey(dialog: Dialog, input: string, key: Key): DialogStep {
  switch (dialog.kind) {
    case 'confirm':
      return confirmKey(dialog, input, key);
    case 'form':
      return formKey(dialog, input, key);
    case 'pick':
      return pickKey(dialog, input, key);
  }
}

/** Puts a handler's errors onto the form, keeping everything typed. */
export function withErrors(dialog: Dialog, error?: string, fieldErrors: Record<string, string> = {}): Dialog {
  if (dialog.kind !== 'form') return dialog;
  const fields = dialog.fields.map((f) => ({ ...f, error: fieldErrors[f.id] }));
  const firstBad = fields.findIndex((f) => f.error);
  return { ...dialog, fields, error, focus: firstBad >= 0 ? firstBad : dialog.focus };
}
