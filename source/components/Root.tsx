// Holds the engine client, so the command line can switch contexts (:ctx NAME): a new engine is a new
// App, with its own state, streams and subscriptions; the old one's effects clean up on unmount.
import { useCallback, useState } from 'react';
import { createClient } from '../docker/client.js';
import { chooseEngine, type EngineChoice } from '../docker/resolve.js';
import type { EngineClient } from '../docker/types.js';
import { App, type AppProps } from './App.js';

interface RootProps extends Omit<AppProps, 'client' | 'context' | 'switchContext'> {
  choice: EngineChoice;
  /** For tests: how a choice becomes a client. */
  connect?: (choice: EngineChoice) => EngineClient;
}

export function Root({ choice, connect = (c) => createClient(c.endpoint), ...rest }: RootProps) {
  const [engine, setEngine] = useState(() => ({ choice, client: connect(choice) }));
  const switchContext = useCallback(
    (name: string): string | undefined => {
      let next: EngineChoice;
      try {
        next = chooseEngine({ context: name });
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      setEngine({ choice: next, client: connect(next) });
      return undefined;
    },
    [connect],
  );
  return (
    <App
      key={`${engine.choice.context}@${engine.client.endpoint}`}
      client={engine.client}
      context={engine.choice.context}
      switchContext={switchContext}
      {...rest}
    />
  );
}
