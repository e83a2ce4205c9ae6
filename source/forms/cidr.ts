// Subnets and gateways, checked before anything goes to the engine.
import { BlockList, isIP } from 'node:net';

export interface Subnet {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

function ipv4Number(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** "10.20.0.0/16" → the subnet, or what is wrong with it. */
export function parseSubnet(text: string): Subnet | { error: string } {
  const m = /^([^/\s]+)\/(\d{1,3})$/.exec(text.trim());
  if (!m) return { error: `"${text}" is not CIDR: write an address and a prefix length, like 10.20.0.0/24` };
  const [, address = '', bits = ''] = m;
  const version = isIP(address);
  if (version === 0) return { error: `"${address}" is not an IP address` };
  const prefix = Number(bits);
  const max = version === 4 ? 32 : 128;
  if (prefix > max) return { error: `the prefix /${prefix} is longer than ${max} bits` };
  if (version === 4 && prefix < 32) {
    // host bits must be zero: the engine refuses 10.20.0.1/16 too
    const hostBits = 2 ** (32 - prefix);
    const n = ipv4Number(address);
    if (n % hostBits !== 0) {
      const base = n - (n % hostBits);
      const network = [24, 16, 8, 0].map((s) => Math.floor(base / 2 ** s) % 256).join('.');
      return { error: `"${text}" has host bits set: the network is ${network}/${prefix}` };
    }
  }
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** What is wrong with a gateway for a subnet, if anything. */
export function gatewayError(gateway: string, subnet: Subnet): string | undefined {
  const version = isIP(gateway.trim());
  if (version === 0) return `"${gateway}" is not an IP address`;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (family !== subnet.family) return `the gateway is ${family} but the subnet is ${subnet.family}`;
  const list = new BlockList();
  list.addSubnet(subnet.address, subnet.prefix, subnet.family);
  if (!list.check(gateway.trim(), family)) {
    return `${gateway} is not inside the subnet ${subnet.address}/${subnet.prefix}`;
  }
  return undefined;
}
