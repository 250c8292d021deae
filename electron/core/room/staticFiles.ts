import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The content types of what a built renderer folder holds (also served so by the e2e harness). */
export const RENDERER_CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves files of a built renderer folder with the app's CSP header: `/` is `index` (the page's
 * file name), anything else must be a file inside the folder. Only GET and HEAD; no listing, no
 * path outside the folder (`..`, encoded or not), no symlink followed out of it, nothing `served`
 * does not name.
 */
export function staticFiles(
  rootDir: string,
  index: string,
  csp: string,
  served: (urlPath: string) => boolean = () => true,
) {
  const root = path.resolve(rootDir);
  return (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://room').pathname);
    } catch {
      response.writeHead(400).end('bad path');
      return;
    }
    // Judged as decoded and normalised, as the file system will read it: `/assets/..%2findex.html`
    // passed a check of the raw path and then named the console's page.
    if (urlPath.includes('\\') || path.posix.normalize(urlPath) !== urlPath) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const file = path.join(root, urlPath === '/' ? index : urlPath);
    const real = served(urlPath) && fs.existsSync(file) ? fs.realpathSync(file) : null;
    if (!real || !real.startsWith(root + path.sep) || !fs.statSync(real).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': RENDERER_CONTENT_TYPES[path.extname(real)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(real).pipe(response);
  };
}
