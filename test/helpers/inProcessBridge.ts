import { buildBridge, type BridgeTransport } from '../../shared/contract/bridge';
import { eventChannelOf, methodNameOfChannel } from '../../shared/contract/define';
import type { HindsightApi } from '../../shared/contract';
import type { Core } from '../../electron/core/createCore';

/**
 * `window.hindsight` for component tests: the real bridge over a real core, with
 * structuredClone on the way in and out so tests see what IPC's serialisation does.
 */
export function inProcessBridge(core: Core): HindsightApi {
  const transport: BridgeTransport = {
    async invoke(channel, payload) {
      const result = await core.call(methodNameOfChannel(channel), structuredClone(payload));
      return structuredClone(result);
    },
    subscribe(channel, listener) {
      return core.onEvent((event, payload) => {
        if (eventChannelOf(event) === channel) listener(structuredClone(payload));
      });
    },
  };
  return buildBridge(transport);
}
