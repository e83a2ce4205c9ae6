// Dialogs are data: what they ask, what was typed, and the intent to carry out on submit.
import type { Intent } from './intents.js';

export interface FormField {
  id: string;
  label: string;
  /** What the field expects, shown under it while focused. */
  hint?: string;
  value: string;
  /** 'toggle' fields hold 'yes' or 'no'; 'choice' fields one of `choices`. */
  kind?: 'text' | 'toggle' | 'choice';
  choices?: string[];
  /** Set by validation; cleared when the field is edited. */
  error?: string;
  placeholder?: string;
  /** A password: drawn as •••, never as typed. */
  secret?: boolean;
}

export type Dialog =
  | {
      kind: 'confirm';
      title: string;
      /** Lines of explanation: what will happen, to what. */
      message: string[];
      /** Extra yes/no choices (for example "also remove anonymous volumes"), toggled with their key. */
      options?: { id: string; key: string; label: string; value: boolean }[];
      /** Drawn in the error colour: it destroys something. */
      danger?: boolean;
      intent: Intent;
    }
  | {
      kind: 'form';
      title: string;
      fields: FormField[];
      focus: number;
      /** A problem with the whole form (the engine refused, say). */
      error?: string;
      submitLabel?: string;
      intent: Intent;
    }
  | {
      kind: 'pick';
      title: string;
      items: { id: string; label: string }[];
      selected: number;
      filter: string;
      intent: Intent;
    };

/** A one-field form: the prompt. */
export function promptDialog(
  title: string,
  field: Omit<FormField, 'value'> & { value?: string },
  intent: Intent,
): Dialog {
  return { kind: 'form', title, fields: [{ ...field, value: field.value ?? '' }], focus: 0, intent };
}

/** The values of a form by field id. */
export function formValues(dialog: Dialog): Record<string, string> {
  if (dialog.kind !== 'form') return {};
  return Object.fromEntries(dialog.fields.map((f) => [f.id, f.value]));
}

export function pickItems(dialog: Extract<Dialog, { kind: 'pick' }>): { id: string; label: string }[] {
  const needle = dialog.filter.toLowerCase();
  return needle ? dialog.items.filter((i) => i.label.toLowerCase().includes(needle)) : dialog.items;
}
