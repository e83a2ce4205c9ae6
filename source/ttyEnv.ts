// Imported first by cli.tsx. Ink renders nothing live when it believes it runs in CI (is-in-ci reads CI
// at import time), but berth on a real terminal is interactive wherever it runs, so CI must not say otherwise.
if (process.stdout.isTTY) {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}

// Looking up the global fetch makes Node 20 load its whole HTTP client (undici, ~30 ms at start), and the
// yoga-layout loader inside ink looks it up. berth never uses fetch (the engine is spoken to over http).
Object.defineProperty(globalThis, 'fetch', { value: undefined, writable: true, configurable: true });
