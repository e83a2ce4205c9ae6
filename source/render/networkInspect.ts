// A network's inspect as a readable document: settings, IPAM, options, every attached container with its
// address, then the engine's JSON. Pure; the text view makes every line inert before drawing it.

import { byText } from '../compare.js';
import type { Network } from '../docker/types.js';
import { networkFlags } from './networkRow.js';
import { fitWidth } from './text.js';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function pairs(title: string, map: Record<string, string>): string[] {
  const keys = Object.keys(map).sort();
  if (keys.length === 0) return [`${title}: none`];
  return [`${title}:`, ...keys.map((k) => `  ${k} = ${map[k]}`)];
}

/**
 * `configured`: names of the containers the containers list shows on this network. The engine's inspect
 * lists only those with a live endpoint (running ones); the others are named so nobody is missed.
 */
export function networkInspectLines(
  network: Network,
  raw: unknown,
  options: { builtin: boolean; configured: readonly string[] },
): string[] {
  const n = network;
  const flags = networkFlags(n, options.builtin);
  const lines = [
    `Name        ${n.name}`,
    `ID          ${n.id}`,
    `Driver      ${n.driver}`,
    `Scope       ${n.scope}`,
    `Created     ${n.created}`,
    `Internal    ${yesNo(n.internal)}`,
    `Attachable  ${yesNo(n.attachable)}`,
    `IPv6        ${yesNo(n.ipv6)}`,
  ];
  if (flags.length) lines.push(`Flags       ${flags.join(', ')}`);
  if (options.builtin) lines.push('            built-in: the engine’s own network, berth will not remove it');
  lines.push('', `IPAM (driver ${n.ipamDriver || 'default'}):`);
  if (n.subnets.length === 0) lines.push('  no subnet configured');
  for (const s of n.subnets) {
    lines.push(
      `  subnet ${s.subnet}${s.gateway ? `  gateway ${s.gateway}` : ''}${s.ipRange ? `  range ${s.ipRange}` : ''}`,
    );
  }
  lines.push(...pairs('  options', n.ipamOptions).map((l) => (l.startsWith('  ') ? l : `  ${l}`)));
  lines.push('', ...pairs('Options', n.options), '', ...pairs('Labels', n.labels), '');

  const endpoints = [...n.endpoints].sort((a, b) => byText(a.name, b.name));
  lines.push(`Containers attached: ${endpoints.length}`);
  if (endpoints.length) {
    const w = Math.max(4, ...endpoints.map((e) => e.name.length)) + 2;
    lines.push(`  ${fitWidth('NAME', w)}${fitWidth('IPV4', 20)}${fitWidth('IPV6', 28)}MAC`);
    for (const e of endpoints) {
      lines.push(
        `  ${fitWidth(e.name, w)}${fitWidth(e.ipv4 ?? '-', 20)}${fitWidth(e.ipv6 ?? '-', 28)}${e.mac ?? '-'}`,
      );
    }
  }
  const live = new Set(endpoints.map((e) => e.name));
  const idle = options.configured.filter((name) => !live.has(name));
  if (idle.length) lines.push(`  not running (no address now): ${idle.join(', ')}`);
  lines.push('', 'Engine JSON:', ...JSON.stringify(raw, null, 2).split('\n'));
  return lines;
}
