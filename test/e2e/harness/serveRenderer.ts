import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { RENDERER_CONTENT_TYPES } from '../../../electron/core/room/staticFiles';

/**
 * Serves the built renderer on loopback with the same CSP header the app's session sets, so a
 * script or style the CSP would block in Electron is blocked here too.
 */
export async function serveRenderer(
  rootDir: string,
  csp: string,
): Promise<{ url: string; server: http.Server; close(): Promise<void> }> {
  const root = path.resolve(rootDir);
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': RENDERER_CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
    });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    // The bench's same-origin WebSocket bridge attaches to it (test/bench/ui/socketBridge.ts).
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
