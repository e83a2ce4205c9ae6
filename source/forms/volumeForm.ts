// The create-volume form: its fields, and its answer checked into a spec (or errors by field).
import type { VolumeCreate } from '../docker/types.js';
import type { Dialog } from '../store/dialogs.js';
import { parseKeyValues } from './keyValues.js';

/** The engine's rule for volume names (daemon/names: RestrictedNamePattern). */
export const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function volumeCreateDialog(): Dialog {
  return {
    kind: 'form',
    title: 'Create a volume',
    submitLabel: 'create',
    focus: 0,
    intent: { type: 'volume/create' },
    fields: [
      {
        id: 'name',
        label: 'Name',
        value: '',
        placeholder: '(empty: the engine picks one)',
        hint: 'letters, digits, _ . -; at least two characters',
      },
      { id: 'driver', label: 'Driver', value: 'local', hint: 'local, or a volume plugin' },
      { id: 'labels', label: 'Labels', value: '', placeholder: 'k=v,k=v', hint: 'k=v,k=v' },
      {
        id: 'options',
        label: 'Driver options',
        value: '',
        placeholder: 'k=v,k=v',
        hint: 'k=v,k=v; quote a value with commas: o="size=64m,uid=1000"',
      },
    ],
  };
}

export type FormCheck<T> = { spec: T } | { fieldErrors: Record<string, string> };

export function checkVolumeForm(
  values: Record<string, string>,
  existing: readonly string[],
): FormCheck<VolumeCreate> {
  const fieldErrors: Record<string, string> = {};
  const name = (values.name ?? '').trim();
  const driver = (values.driver ?? '').trim();
  if (name && !VOLUME_NAME.test(name)) {
    fieldErrors.name = 'a name is two or more of letters, digits, _ . - and starts with a letter or digit';
  } else if (name && existing.includes(name)) {
    // the engine would quietly hand back the existing volume instead of failing
    fieldErrors.name = `a volume named ${name} already exists`;
  }
  if (/\s/.test(driver)) fieldErrors.driver = 'a driver name has no spaces';
  const labels = parseKeyValues(values.labels ?? '');
  if ('error' in labels) fieldErrors.labels = labels.error;
  const options = parseKeyValues(values.options ?? '');
  if ('error' in options) fieldErrors.options = options.error;
  if (Object.keys(fieldErrors).length || 'error' in labels || 'error' in options) return { fieldErrors };
  return {
    spec: {
      name: name || undefined,
      driver: driver || 'local',
      labels: labels.values,
      options: options.values,
    },
  };
}
