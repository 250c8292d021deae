import type http from 'node:http';
import { WebSocketServer } from 'ws';
import type { Core } from '../../../electron/core/createCore';
import { eventChannelOf, methodNameOfChannel } from '../../../shared/contract/define';

/** A call from the page: its id, the contract channel and the payload. */
export interface SocketRequest {
  id: number;
  channel: string;
  payload: unknown;
}

/** The answer: the call's Result and how long the core itself took, so the rest is transport. */
export interface SocketReply {
  id: number;
  result: unknown;
  coreMs: number;
}

/** A core event pushed to the page. */
export interface SocketEvent {
  channel: string;
  payload: unknown;
}

/**
 * The bench's stand-in for Electron's IPC: the contract over a WebSocket on the renderer's own
 * origin (loopback), JSON both ways. JSON over a local socket costs about what Electron's
 * structured clone does, unlike Playwright's exposeBinding (~2 s for a 10,000-event meeting),
 * so the figures measured through it are the app's and not the harness's.
 */
export function attachSocketBridge(server: http.Server, core: Core): { close(): void } {
  const sockets = new WebSocketServer({ server, path: '/bridge' });
  const stopEvents = core.onEvent((event, payload) => {
    const message = JSON.stringify({ channel: eventChannelOf(event), payload } satisfies SocketEvent);
    for (const socket of sockets.clients) socket.send(message);
  });
  sockets.on('connection', (socket) => {
    socket.on('message', async (data) => {
      const request = JSON.parse(String(data)) as SocketRequest;
      const started = performance.now();
      const result = await core.call(methodNameOfChannel(request.channel), request.payload);
      const coreMs = performance.now() - started;
      socket.send(JSON.stringify({ id: request.id, result, coreMs } satisfies SocketReply));
    });
  });
  return {
    close() {
      stopEvents();
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
    },
  };
}
