// The run dialog as data: a RunRequest → the form's fields (prefilled), and the typed fields → a RunRequest
// or an error per field. Multi-value fields (env, volumes, ports, labels, the command) are split with the
// shell's word rules, so 'A=two words' stays one value. Pure.

import { shellWords } from '../input/shellWords.js';
import type { FormField } from '../store/dialogs.js';
import { checkRequest, type Environment } from './parseRun.js';
import { emptyRequest, type PortSpec, type RunField, type RunRequest, type VolumeSpec } from './request.js';
import {
  type Checked,
  checkEnv,
  checkImage,
  checkLabel,
  checkName,
  checkNetwork,
  checkPort,
  checkRestart,
  checkUser,
  checkVolume,
  checkWorkdir,
} from './specs.js';

export const RUN_MODES = ['detached', 'interactive', 'attached'] as const;
export type RunMode = (typeof RUN_MODES)[number];

const RESTART_CHOICES = ['no', 'always', 'unless-stopped', 'on-failure'];

/** A word as a shell would need it typed: bare when safe, else in single quotes. */
export function quoteWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export const joinWords = (words: readonly string[]): string => words.map(quoteWord).join(' ');

export function portText(p: PortSpec): string {
  const ip = p.hostIp ? (p.hostIp.includes(':') ? `[${p.hostIp}]:` : `${p.hostIp}:`) : '';
  const host = p.hostPort ? `${p.hostPort}:` : ip ? ':' : '';
  return `${ip}${host}${p.containerPort}${p.protocol === 'tcp' ? '' : `/${p.protocol}`}`;
}

export function volumeText(v: VolumeSpec): string {
  return [v.source, v.target, v.mode].filter((x) => x !== undefined && x !== '').join(':');
}

function modeOf(request: RunRequest): RunMode {
  if (request.detach) return 'detached';
  if (request.interactive || request.tty) return 'interactive';
  return 'attached';
}

/** The fields of the run dialog, prefilled from a request (partly filled: an image from the images pane). */
export function runFormFields(prefill: Partial<RunRequest> = {}): FormField[] {
  const r: RunRequest = { ...emptyRequest(), detach: true, ...prefill };
  const restart = r.restart.maxRetries ? `on-failure:${r.restart.maxRetries}` : r.restart.name;
  const restartChoices = RESTART_CHOICES.includes(restart) ? RESTART_CHOICES : [...RESTART_CHOICES, restart];
  return [
    {
      id: 'image',
      label: 'Image',
      value: r.image,
      hint: 'an image: busybox, nginx:1.27, host:5000/team/app (pulled if missing)',
    },
    {
      id: 'name',
      label: 'Name',
      value: r.name ?? '',
      placeholder: '(the engine picks one)',
      hint: 'a-z A-Z 0-9 _ . -, first a letter or digit; empty: the engine picks one',
    },
    {
      id: 'command',
      label: 'Command',
      value: joinWords(r.command),
      placeholder: "(the image's default)",
      hint: "the command and its arguments, split like a shell: sh -c 'echo hi'",
    },
    {
      id: 'env',
      label: 'Environment',
      value: joinWords(r.env),
      hint: "KEY=VALUE pairs, space-separated; quote spaces: 'B=two words'",
    },
    {
      id: 'volumes',
      label: 'Volumes',
      value: joinWords(r.volumes.map(volumeText)),
      hint: '/host:/ctr[:ro], volume:/ctr or /ctr (anonymous); space-separated',
    },
    {
      id: 'ports',
      label: 'Ports',
      value: joinWords(r.ports.map(portText)),
      hint: '[ip:]hostPort:containerPort[/udp] or containerPort: 127.0.0.1:8080:80',
    },
    {
      id: 'mode',
      label: 'Mode',
      kind: 'choice',
      choices: [...RUN_MODES],
      value: modeOf(r),
      hint: 'space/←→: detached (-d), interactive (-it), attached (see its output)',
    },
    {
      id: 'restart',
      label: 'Restart',
      kind: 'choice',
      choices: restartChoices,
      value: restart,
      hint: 'space/←→: no, always, unless-stopped, on-failure (non-zero exit)',
    },
    {
      id: 'network',
      label: 'Network',
      value: r.network ?? '',
      placeholder: "(the engine's default)",
      hint: 'none, host, bridge, container:NAME or a network; empty: the default',
    },
    {
      id: 'labels',
      label: 'Labels',
      value: joinWords(Object.entries(r.labels).map(([k, v]) => `${k}=${v}`)),
      hint: 'key=value pairs, space-separated; quote values with spaces',
    },
    {
      id: 'workdir',
      label: 'Working dir',
      value: r.workdir ?? '',
      placeholder: "(the image's)",
      hint: "an absolute path in the container; empty: the image's",
    },
    {
      id: 'user',
      label: 'User',
      value: r.user ?? '',
      placeholder: "(the image's)",
      hint: "name, uid, uid:gid or name:group; empty: the image's",
    },
    {
      id: 'remove',
      label: 'Remove on exit',
      kind: 'toggle',
      value: r.remove ? 'yes' : 'no',
      hint: 'remove the container when it exits (--rm); space toggles',
    },
  ];
}

/** What the form cannot show but a prefilled request carries through (a duplicate's entrypoint, its
 *  --mount list, and -it on a detached container, which keeps its shell alive in the background). */
export type RunExtras = Pick<
  RunRequest,
  'entrypoint' | 'hostname' | 'mounts' | 'publishAll' | 'interactive' | 'tty'
>;

export function extrasOf(prefill: Partial<RunRequest>): RunExtras {
  const detached = prefill.detach ?? true;
  return {
    entrypoint: prefill.entrypoint,
    hostname: prefill.hostname,
    mounts: prefill.mounts ?? [],
    publishAll: prefill.publishAll ?? false,
    interactive: detached && !!prefill.interactive,
    tty: detached && !!prefill.tty,
  };
}

export type FormResult =
  | { request: RunRequest }
  | { fieldErrors: Partial<Record<RunField, string>>; error?: string };

/** The typed fields → a request; every field's problem at once, so the user sees them all. */
export function formToRequest(
  values: Record<string, string>,
  env: Environment = {},
  extras: RunExtras = extrasOf({}),
): FormResult {
  const errors: Partial<Record<RunField, string>> = {};
  const request: RunRequest = { ...emptyRequest(), ...extras };
  const text = (id: string) => (values[id] ?? '').trim();

  const single = <T>(id: RunField, check: (v: string) => Checked<T>, set: (v: T) => void) => {
    const value = text(id);
    if (!value) return;
    const checked = check(value);
    if ('error' in checked) errors[id] = checked.error;
    else set(checked.value);
  };
  const many = <T>(id: RunField, check: (v: string) => Checked<T>, add: (v: T) => void) => {
    const words = shellWords(values[id] ?? '');
    if ('error' in words) {
      errors[id] = words.error;
      return;
    }
    for (const w of words.words) {
      const checked = check(w);
      if ('error' in checked) {
        errors[id] = checked.error;
        return;
      }
      add(checked.value);
    }
  };

  const image = checkImage(text('image'));
  if ('error' in image) errors.image = image.error;
  else request.image = image.value;
  single('name', checkName, (n) => (request.name = n));
  const command = shellWords(values.command ?? '');
  if ('error' in command) errors.command = command.error;
  else request.command = command.words;
  many(
    'env',
    (w) => checkEnv(w, env),
    (e) => request.env.push(e),
  );
  many('volumes', checkVolume, (v) => request.volumes.push(v));
  many('ports', checkPort, (p) => request.ports.push(...p));
  many('labels', checkLabel, ([k, v]) => (request.labels[k] = v));
  single('network', checkNetwork, (n) => (request.network = n));
  single('workdir', checkWorkdir, (w) => (request.workdir = w));
  single('user', checkUser, (u) => (request.user = u));
  const restart = checkRestart(text('restart') || 'no');
  if ('error' in restart) errors.restart = restart.error;
  else request.restart = restart.value;
  const mode = (text('mode') || 'detached') as RunMode;
  request.detach = mode === 'detached';
  if (mode !== 'detached') request.interactive = request.tty = mode === 'interactive';
  request.remove = text('remove') === 'yes';
  if (Object.keys(errors).length) return { fieldErrors: errors };
  const whole = checkRequest(request);
  if (whole) return { fieldErrors: { [whole.field]: whole.message } };
  return { request };
}
