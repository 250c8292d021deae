import { installPageBridge } from '../../e2e/harness/pageBridge';
import type { SocketEvent, SocketReply, SocketRequest } from './socketBridge';

/** One finished call, in page time (performance.now()), for the transport's share of a figure. */
export interface CallTiming {
  channel: string;
  sentAt: number;
  answeredAt: number;
  coreMs: number;
}

/**
 * Runs in the page before the app's scripts: the end-to-end harness's page bridge
 * (e2e/harness/pageBridge.ts) over a WebSocket to the bench's core. Every call's timing is kept in
 * `window.__benchCalls`, so the bench can say how much of a figure the transport took.
 */
const calls: CallTiming[] = [];
const pending = new Map<number, { resolve(result: unknown): void; channel: string; sentAt: number }>();
const socket = new WebSocket(`ws://${location.host}/bridge`);
const opened = new Promise<void>((resolve, reject) => {
  socket.addEventListener('open', () => resolve());
  socket.addEventListener('error', () => reject(new Error('the bench bridge did not connect')));
});
let nextId = 1;

const emit = installPageBridge(async (channel, payload) => {
  await opened;
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, { resolve, channel, sentAt: performance.now() });
    socket.send(JSON.stringify({ id, channel, payload } satisfies SocketRequest));
  });
});
Object.defineProperty(window, '__benchCalls', { value: calls });

socket.addEventListener('message', (message) => {
  const data = JSON.parse(String(message.data)) as SocketReply | SocketEvent;
  if ('id' in data) {
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    calls.push({ channel: call.channel, sentAt: call.sentAt, answeredAt: performance.now(), coreMs: data.coreMs });
    call.resolve(data.result);
    return;
  }
  emit(data.channel, data.payload);
});
