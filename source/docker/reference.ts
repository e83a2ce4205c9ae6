// Image references (registry/path:tag@digest) checked the way the engine's distribution/reference does,
// so a bad one gets an inline error before anything is sent.

export interface Reference {
  /** The registry host (with port) when the reference names one: 127.0.0.1:5000, ghcr.io. */
  domain?: string;
  /** The repository path without the registry: library/busybox, berth/test. */
  path: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN =
  /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?$|^\[[0-9a-fA-F:]+\](?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

/** Parses a reference; returns a readable error instead of throwing. */
export function parseReference(raw: string): Reference | { error: string } {
  const text = raw.trim();
  if (!text) return { error: 'an image reference is needed (name[:tag], e.g. busybox:latest)' };
  if (/\s/.test(text)) return { error: `"${raw}" contains a space` };
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return { error: `"${digest}" is not a digest (sha256:<64 hex digits>)` };
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag))
      return { error: `"${tag}" is not a tag: letters, digits, _ . - (up to 128, not starting with . or -)` };
  }
  if (!rest) return { error: `"${raw}" names no repository` };
  if (rest.length > 255) return { error: 'the repository name is longer than 255 characters' };
  const parts = rest.split('/');
  let domain: string | undefined;
  const first = parts[0]!;
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    if (!DOMAIN.test(first)) return { error: `"${first}" is not a registry host[:port]` };
    domain = first;
    parts.shift();
  }
  for (const part of parts) {
    if (part.includes(':'))
      return { error: `"${text}" has more than one ":" (name:tag, or host:port/name:tag)` };
    if (!COMPONENT.test(part)) {
      return {
        error:
          part.toLowerCase() !== part
            ? `"${part}": repository names must be lowercase`
            : `"${part || '(empty)'}" is not a valid repository name part (a-z 0-9, separated by . _ __ or -)`,
      };
    }
  }
  return { domain, path: parts.join('/'), tag, digest };
}

/** The error for a reference, or undefined when it is valid. */
export function referenceError(raw: string): string | undefined {
  const parsed = parseReference(raw);
  return 'error' in parsed ? parsed.error : undefined;
}

export const DOCKER_HUB = 'https://index.docker.io/v1/';

/** The registry a reference lives on, as the docker CLI keys its credentials: host[:port], or Docker Hub's URL. */
export function registryOf(ref: Reference): string {
  if (!ref.domain || ref.domain === 'docker.io' || ref.domain === 'index.docker.io') return DOCKER_HUB;
  return ref.domain;
}

/** The repository (with registry) and the tag, as the push endpoint wants them. */
export function repositoryAndTag(ref: Reference): { repository: string; tag?: string } {
  return { repository: ref.domain ? `${ref.domain}/${ref.path}` : ref.path, tag: ref.tag };
}

export function formatReference(ref: Reference): string {
  return `${ref.domain ? `${ref.domain}/` : ''}${ref.path}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
