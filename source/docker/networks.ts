// Networks over dockerode: list, inspect, create, remove, prune, connect and disconnect containers.
import type Docker from 'dockerode';
import type { NetworkInspectInfo } from 'dockerode';
import { LIST_DEADLINE_MS, within } from './deadline.js';
import type { EngineClient, Network } from './types.js';

type NetworkMethods = Pick<
  EngineClient,
  | 'listNetworks'
  | 'inspectNetwork'
  | 'createNetwork'
  | 'removeNetwork'
  | 'pruneNetworks'
  | 'connectNetwork'
  | 'disconnectNetwork'
>;

export function toNetwork(info: NetworkInspectInfo): Network {
  return {
    id: info.Id,
    name: info.Name,
    driver: info.Driver,
    scope: info.Scope,
    internal: Boolean(info.Internal),
    attachable: Boolean(info.Attachable),
    ingress: Boolean(info.Ingress),
    ipv6: Boolean(info.EnableIPv6),
    created: info.Created,
    ipamDriver: info.IPAM?.Driver ?? '',
    ipamOptions: info.IPAM?.Options ?? {},
    subnets: (info.IPAM?.Config ?? [])
      .filter((c) => c.Subnet)
      .map((c) => ({ subnet: c.Subnet!, gateway: c.Gateway || undefined, ipRange: c.IPRange || undefined })),
    options: info.Options ?? {},
    labels: info.Labels ?? {},
    endpoints: Object.entries(info.Containers ?? {}).map(([id, c]) => ({
      id,
      name: c.Name,
      ipv4: c.IPv4Address || undefined,
      ipv6: c.IPv6Address || undefined,
      mac: c.MacAddress || undefined,
    })),
  };
}

export function networkMethods(docker: Docker, deadlineMs = LIST_DEADLINE_MS): NetworkMethods {
  return {
    async listNetworks() {
      const list = await within('networks', deadlineMs, (abortSignal) =>
        docker.listNetworks({ abortSignal }),
      );
      return list.map(toNetwork);
    },

    async inspectNetwork(id) {
      const raw = await docker.getNetwork(id).inspect();
      return { value: toNetwork(raw), raw };
    },

    async createNetwork(spec) {
      const created = await docker.createNetwork({
        Name: spec.name,
        CheckDuplicate: true,
        Driver: spec.driver || 'bridge',
        Internal: spec.internal ?? false,
        Attachable: spec.attachable ?? false,
        Labels: spec.labels,
        IPAM: spec.subnet
          ? { Driver: 'default', Config: [{ Subnet: spec.subnet, Gateway: spec.gateway || undefined }] }
          : undefined,
      });
      return toNetwork(await docker.getNetwork(created.id).inspect());
    },

    async removeNetwork(id) {
      await docker.getNetwork(id).remove();
    },

    async pruneNetworks() {
      const result = await docker.pruneNetworks();
      return { removed: result.NetworksDeleted ?? [] };
    },

    async connectNetwork(network, container) {
      await docker.getNetwork(network).connect({ Container: container });
    },

    async disconnectNetwork(network, container) {
      await docker.getNetwork(network).disconnect({ Container: container });
    },
  };
}
