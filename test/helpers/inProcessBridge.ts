import type { EventEmitter } from 'node:events';
import { buildBridge, type BridgeTransport } from '../../shared/contract/bridge';
import { eventChannelOf, methodNameOfChannel } from '../../shared/contract/define';
import type { HindsightApi } from '../../shared/contract';
import type { Core } from '../../electron/core/createCore';

/**
 * `window.hindsight` for component tests: the real bridge over a real core, with
 * structuredClone on the way in and out so tests see what IPC's serialisation does.
 * `fromMain` plays what electron/main sends a window by itself (the menu's commands, on their
 * event channels), which the core never emits.
 */
export function inProcessBridge(core: Core, fromMain?: EventEmitter): HindsightApi {
  const transport: BridgeTransport = {
    async invoke(channel, payload) {
      const result = await core.call(methodNameOfChannel(channel), structuredClone(payload));
      return structuredClone(result);
    },
    subscribe(channel, listener) {
      const stopCore = core.onEvent((event, payload) => {
        if (eventChannelOf(event) === channel) listener(structuredClone(payload));
      });
      const forward = (payload: unknown) => listener(structuredClone(payload));
      fromMain?.on(channel, forward);
      return () => {
        stopCore();
        fromMain?.off(channel, forward);
      };
    },
  };
  return buildBridge(transport);
}
