// The create-network form: its fields, and its answer checked into a spec (or errors by field).
import { isIP } from 'node:net';
import type { NetworkCreate } from '../docker/types.js';
import type { Dialog } from '../store/dialogs.js';
import { BUILTIN_NETWORKS } from '../store/networkSelectors.js';
import { gatewayError, parseSubnet } from './cidr.js';
import { parseKeyValues } from './keyValues.js';
import type { FormCheck } from './volumeForm.js';

const NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function networkCreateDialog(): Dialog {
  return {
    kind: 'form',
    title: 'Create a network',
    submitLabel: 'create',
    focus: 0,
    intent: { type: 'network/create' },
    fields: [
      { id: 'name', label: 'Name', value: '', hint: 'letters, digits, _ . -' },
      {
        id: 'driver',
        label: 'Driver',
        value: 'bridge',
        hint: 'bridge, overlay (swarm), macvlan, ipvlan, or a plugin',
      },
      {
        id: 'subnet',
        label: 'Subnet',
        value: '',
        placeholder: '(empty: the engine picks one)',
        hint: 'CIDR, like 10.20.0.0/24',
      },
      {
        id: 'gateway',
        label: 'Gateway',
        value: '',
        placeholder: '(empty: the first address)',
        hint: 'an address inside the subnet',
      },
      { id: 'internal', label: 'Internal', value: 'no', kind: 'toggle', hint: 'no route out of the network' },
      {
        id: 'attachable',
        label: 'Attachable',
        value: 'no',
        kind: 'toggle',
        hint: 'standalone containers may join (swarm networks)',
      },
      { id: 'labels', label: 'Labels', value: '', placeholder: 'k=v,k=v', hint: 'k=v,k=v' },
    ],
  };
}

export function checkNetworkForm(
  values: Record<string, string>,
  existing: readonly string[],
): FormCheck<NetworkCreate> {
  const fieldErrors: Record<string, string> = {};
  const name = (values.name ?? '').trim();
  const driver = (values.driver ?? '').trim();
  const subnetText = (values.subnet ?? '').trim();
  const gateway = (values.gateway ?? '').trim();
  if (!name) fieldErrors.name = 'a network needs a name';
  else if (!NETWORK_NAME.test(name)) {
    fieldErrors.name = 'use letters, digits, _ . - and start with a letter or digit';
  } else if (BUILTIN_NETWORKS.includes(name)) fieldErrors.name = `${name} is a built-in network's name`;
  else if (existing.includes(name)) fieldErrors.name = `a network named ${name} already exists`;
  if (/\s/.test(driver)) fieldErrors.driver = 'a driver name has no spaces';
  if (subnetText) {
    const subnet = parseSubnet(subnetText);
    if ('error' in subnet) fieldErrors.subnet = subnet.error;
    else if (gateway) {
      const bad = gatewayError(gateway, subnet);
      if (bad) fieldErrors.gateway = bad;
    }
  } else if (gateway) fieldErrors.gateway = 'a gateway needs a subnet: fill in the subnet too';
  if (gateway && !fieldErrors.gateway && isIP(gateway) === 0)
    fieldErrors.gateway = `"${gateway}" is not an IP address`;
  const labels = parseKeyValues(values.labels ?? '');
  if ('error' in labels) fieldErrors.labels = labels.error;
  if (Object.keys(fieldErrors).length || 'error' in labels) return { fieldErrors };
  return {
    spec: {
      name,
      driver: driver || 'bridge',
      subnet: subnetText || undefined,
      gateway: gateway || undefined,
      internal: values.internal === 'yes',
      attachable: values.attachable === 'yes',
      labels: labels.values,
    },
  };
}
