// Rendering App under ink-testing-library (100 columns, no rows), with helpers to wait for frames.
import { render } from 'ink-testing-library';
import { App, type AppProps } from '../../source/components/App.js';
import type { FakeEngine } from './fakeClient.js';

export function renderApp(client: FakeEngine, props: Partial<AppProps> = {}) {
  // fast sync timings: the tests wait for frames, never for wall-clock budgets
  const app = render(
    <App client={client.client()} sync={{ minIntervalMs: 5, retryMs: 50, maxRetryMs: 200 }} {...props} />,
  );
  const frame = () => app.lastFrame() ?? '';
  return {
    ...app,
    frame,
    /** Waits until the last frame satisfies the check; fails with the frame in the message. */
    async waitFor(check: string | RegExp | ((frame: string) => boolean), timeoutMs = 3000): Promise<string> {
      const test =
        typeof check === 'function'
          ? check
          : typeof check === 'string'
            ? (f: string) => f.includes(check)
            : (f: string) => check.test(f);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const f = frame();
        if (test(f)) return f;
        if (Date.now() > deadline)
          throw new Error(`timed out waiting for ${String(check)}; the frame was:\n${f}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    /** Sends one key and waits for the frame to change. */
    async press(key: string): Promise<string> {
      const before = frame();
      app.stdin.write(key);
      const deadline = Date.now() + 3000;
      while (frame() === before) {
        if (Date.now() > deadline)
          throw new Error(`the frame did not change after ${JSON.stringify(key)}:\n${before}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return frame();
    },
  };
}

/** The line of a frame that holds `needle`. */
export function lineWith(frame: string, needle: string): string | undefined {
  return frame.split('\n').find((l) => l.includes(needle));
}
