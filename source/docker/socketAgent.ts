// The http agent for an engine on a unix socket (the client's and the launcher's early requests).
import { Agent, type AgentOptions } from 'node:http';

/** A unix socket has no server name to check. Saying so (an empty one) saves node's agent from asking
 *  whether "localhost" is an IP address: its IPv6 expression costs ~7 ms to compile, at startup. */
export function socketAgent(): Agent {
  return new Agent({ servername: '' } as AgentOptions);
}
