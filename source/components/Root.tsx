// Holds the engine client, so the command line can switch contexts (:ctx NAME): a new engine is a new
// App, with its own state, streams and subscriptions; the old one's effects clean up on unmount.
import { useCallback, useState } from 'react';
import { createClient } from '../docker/client.js';
import { chooseEngine, type EngineChoice } from '../docker/resolve.js';
import type { EngineClient } from '../docker/types.js';
import type { FirstLook } from '../hooks/engineLists.js';
import { App, type AppProps } from './App.js';

interface RootProps extends Omit<AppProps, 'client' | 'context' | 'switchContext'> {
  choice: EngineChoice;
  /** For tests: how a choice becomes a client. */
  connect?: (choice: EngineChoice) => EngineClient;
  /** The first engine's client when it was made already, with its first look (see cli.tsx). */
  client?: EngineClient;
  first?: FirstLook;
}

export function Root({
  choice,
  connect = (c) => createClient(c.endpoint),
  client,
  first,
  sync,
  ...rest
}: RootProps) {
  const [engine, setEngine] = useState(() => ({ choice, client: client ?? connect(choice), first }));
  const switchContext = useCallback(
    (name: string): string | undefined => {
      let next: EngineChoice;
      try {
        next = chooseEngine({ context: name });
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      setEngine({ choice: next, client: connect(next), first: undefined });
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
      sync={engine.first ? { ...sync, first: engine.first } : sync}
      {...rest}
    />
  );
}
