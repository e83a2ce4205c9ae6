// Small formatting helpers shared by the row renderers.
import prettyBytes from 'pretty-bytes';
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

/** A whole number with thousands separated: "12,345". (Number#toLocaleString would load ICU's number data:
 *  ~4 MB of resident memory for a comma.) */
export function count(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Bytes as people read them: "12.3 MB" (decimal units, as the docker CLI prints sizes). */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—';
  return prettyBytes(bytes);
}

/** A duration in the docker CLI's words (go-units HumanDuration): "Less than a second", "About an hour", "3 days". */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const m = Math.floor(s / 60);
  if (m === 1) return 'About a minute';
  if (m < 60) return `${m} minutes`;
  const h = Math.floor(ms / 3_600_000 + 0.5);
  if (h === 1) return 'About an hour';
  if (h < 48) return `${h} hours`;
  if (h < 24 * 7 * 2) return `${Math.floor(h / 24)} days`;
  if (h < 24 * 30 * 2) return `${Math.floor(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24 / 30)} months`;
  return `${Math.floor(Math.floor(ms / 3_600_000) / 24 / 365)} years`;
}

/** "3 days ago", from a time in epoch milliseconds. */
export function formatAge(epochMs: number, now = Date.now()): string {
  return `${humanDuration(Math.max(0, now - epochMs))} ago`;
}
