import { installPageBridge } from './pageBridge';

/** The end-to-end page's bridge: calls over Playwright's exposeBinding, events pushed back by the harness. */
interface TestWindow {
  __hindsightInvoke(channel: string, payload: unknown): Promise<unknown>;
  __hindsightEmit(channel: string, payload: unknown): void;
}

const testWindow = window as unknown as TestWindow;
testWindow.__hindsightEmit = installPageBridge((channel, payload) => testWindow.__hindsightInvoke(channel, payload));
