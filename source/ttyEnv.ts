// Imported first by cli.tsx. Ink renders nothing live when it believes it runs in CI (is-in-ci reads CI
// at import time), but berth on a real terminal is interactive wherever it runs, so CI must not say otherwise.
if (process.stdout.isTTY) {
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
}
