import { channelOf, eventChannelOf } from './define';
import { eventNames, isEventName, methodNames, type HindsightApi } from './index';
import { fail } from './errors';

/**
 * How a bridge reaches the main process: Electron's ipcRenderer in the preload, Playwright's
 * exposeBinding in end-to-end tests, a direct core call in component tests. The bridge is the
 * same code on all three, so tests exercise exactly the preload's shape.
 */
export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * Builds `window.hindsight` from the contract: one function per method, each on its own channel,
 * and `on` for the contract's events only. Nothing else can be sent, so a compromised page cannot
 * reach arbitrary channels. A transport failure resolves to a `transport` error instead of
 * throwing, keeping the "never throw across IPC" rule.
 */
export function buildBridge(transport: BridgeTransport): HindsightApi {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    const channel = channelOf(name);
    api[name] = async (input: unknown) => {
      try {
        return await transport.invoke(channel, input);
      } catch (error) {
        return fail('transport', `The call ${name} did not complete: ${(error as Error).message}`);
      }
    };
  }
  api.on = (event: string, listener: (payload: unknown) => void) => {
    if (!isEventName(event)) throw new Error(`Unknown event "${event}"; known: ${eventNames.join(', ')}`);
    return transport.subscribe(eventChannelOf(event), listener);
  };
  return Object.freeze(api) as unknown as HindsightApi;
}
