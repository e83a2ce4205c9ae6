// Small formatting helpers shared by the row renderers.
import type { PortBinding } from '../docker/types.js';

/** "127.0.0.1:8080→80/tcp, 443/tcp": published ports first, each once. */
export function formatPorts(ports: readonly PortBinding[]): string {
  const seen = new Set<string>();
  const published: string[] = [];
  const exposed: string[] = [];
  for (const p of ports) {
    const proto = p.type === 'tcp' ? '' : `/${p.type}`;
    const text = p.publicPort
      ? `${p.ip && p.ip !== '0.0.0.0' && p.ip !== '::' ? `${p.ip}:` : ''}${p.publicPort}→${p.privatePort}${proto}`
      : `${p.privatePort}${proto}`;
    if (seen.has(text)) continue;
    seen.add(text);
    (p.publicPort ? published : exposed).push(text);
  }
  return [...published, ...exposed].join(', ');
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
