import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { dialogKey, withErrors } from '../../source/input/dialogKeys.js';
import { plainKey } from '../../source/input/keyName.js';
import type { Dialog } from '../../source/store/dialogs.js';

const key = (over: Partial<Key> = {}): Key => ({ ...plainKey, ...over });

const form: Dialog = {
  kind: 'form',
  title: 'Create',
  focus: 0,
  intent: { type: 'noop' },
  fields: [
    { id: 'name', label: 'Name', value: '' },
    { id: 'internal', label: 'Internal', value: 'no', kind: 'toggle' },
    { id: 'driver', label: 'Driver', value: 'local', kind: 'choice', choices: ['local', 'tmpfs'] },
  ],
};

describe('dialog keys', () => {
  it('types into the focused field, moves with tab, toggles and cycles, submits every value', () => {
    let d: Dialog = form;
    for (const ch of 'web') {
      const step = dialogKey(d, ch, key());
      if (!step || !('dialog' in step)) throw new Error('expected an edit');
      d = step.dialog;
    }
    let step = dialogKey(d, '', key({ tab: true }));
    d = (step as { dialog: Dialog }).dialog;
    step = dialogKey(d, ' ', key());
    d = (step as { dialog: Dialog }).dialog;
    step = dialogKey(d, '', key({ tab: true }));
    d = (step as { dialog: Dialog }).dialog;
    step = dialogKey(d, '', key({ rightArrow: true }));
    d = (step as { dialog: Dialog }).dialog;
    expect(dialogKey(d, '', key({ return: true }))).toEqual({
      submit: { values: { name: 'web', internal: 'yes', driver: 'tmpfs' }, options: {} },
    });
  });

  it('keeps what was typed when errors come back, focusing the first bad field', () => {
    const typed: Dialog = {
      ...form,
      fields: form.fields.map((f) => (f.id === 'name' ? { ...f, value: 'a b' } : f)),
      focus: 2,
    };
    const withErr = withErrors(typed, undefined, { name: 'a name has no spaces' });
    expect(withErr.kind === 'form' && withErr.fields[0]).toMatchObject({
      value: 'a b',
      error: 'a name has no spaces',
    });
    expect(withErr.kind === 'form' && withErr.focus).toBe(0);
  });

  it('confirm: y says yes with its options, anything else no', () => {
    const confirm: Dialog = {
      kind: 'confirm',
      title: 'Remove web?',
      message: [],
      options: [{ id: 'volumes', key: 'v', label: 'also remove anonymous volumes', value: false }],
      intent: { type: 'noop' },
    };
    const toggled = dialogKey(confirm, 'v', key());
    expect(
      toggled &&
        'dialog' in toggled &&
        toggled.dialog.kind === 'confirm' &&
        toggled.dialog.options?.[0]?.value,
    ).toBe(true);
    expect(dialogKey(confirm, 'y', key())).toEqual({ submit: { values: {}, options: { volumes: false } } });
    expect(dialogKey(confirm, '', key({ return: true }))).toEqual({ cancel: true });
    expect(dialogKey(confirm, 'n', key())).toEqual({ cancel: true });
  });

  it('pick: typing filters, enter picks the selected item', () => {
    const pick: Dialog = {
      kind: 'pick',
      title: 'Connect which container?',
      items: [
        { id: '1', label: 'api' },
        { id: '2', label: 'worker' },
      ],
      selected: 0,
      filter: '',
      intent: { type: 'noop' },
    };
    const filtered = dialogKey(pick, 'w', key());
    const d = (filtered as { dialog: Dialog }).dialog;
    expect(dialogKey(d, '', key({ return: true }))).toEqual({
      submit: { values: {}, options: {}, picked: '2' },
    });
  });
});
