import { shell, type Session, type WebContents } from 'electron';

/**
 * Only web links leave the app, and only to the system browser: evidence links in an event log
 * are typed or imported by people, so `file:`, `javascript:`, custom protocol handlers and
 * anything unparsable are refused (Electron security checklist, items 13–15).
 */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

/**
 * True when `url` is our own page: the same file as the built index.html (any hash or query),
 * or the same origin as the development server.
 */
export function isOwnPage(url: string, entryUrl: string): boolean {
  const target = parseUrl(url);
  const entry = parseUrl(entryUrl);
  if (!target || !entry || target.protocol !== entry.protocol) return false;
  if (entry.protocol === 'file:') return target.pathname === entry.pathname && target.host === entry.host;
  return target.origin === entry.origin;
}

/**
 * Session-wide rules: `policy` as the CSP of every response (pages from file:// carry the same
 * policy in their meta tag, written from the same constant), and no permission (camera,
 * notifications, geolocation, clipboard, …) for any page: every request is refused and every
 * check answers no. Hindsight needs none of them, and a check that said yes would let a page
 * use what a request would have been refused (Chromium asks the check handler, not the request
 * handler, for some permissions and for `navigator.permissions.query`).
 */
export function applySessionSecurity(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    // Replace, not add to, a policy the response already has (header names are case-insensitive).
    const headers = Object.entries(details.responseHeaders ?? {}).filter(
      ([name]) => name.toLowerCase() !== 'content-security-policy',
    );
    callback({ responseHeaders: { ...Object.fromEntries(headers), 'Content-Security-Policy': [policy] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** What Electron tells about a navigation it is about to start or redirect. */
interface Navigation {
  url: string;
  isMainFrame: boolean;
}

/**
 * Where a frame of ours may go: the window itself only to our own page; a frame inside it only to
 * the report preview's `srcdoc` document. A link in the preview (an evidence URL in the report)
 * therefore stays a link and never loads a remote page into the app.
 */
export function isAllowedNavigation({ url, isMainFrame }: Navigation, entryUrl: string): boolean {
  return isMainFrame ? isOwnPage(url, entryUrl) : url === 'about:srcdoc';
}

/**
 * Per-page rules, applied to every webContents the app creates: no navigation away from our
 * page, however it starts (a link or script in any frame, or a server's redirect), no new
 * windows (web links go to the system browser instead), no <webview>.
 */
export function guardWebContents(contents: WebContents, entryUrl: string): void {
  const refuseElsewhere = (event: Navigation & { preventDefault(): void }) => {
    if (!isAllowedNavigation(event, entryUrl)) event.preventDefault();
  };
  contents.on('will-navigate', refuseElsewhere);
  contents.on('will-frame-navigate', refuseElsewhere);
  contents.on('will-redirect', refuseElsewhere);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** Opens a web link in the system browser; refuses any other scheme. */
export function openExternally(url: string): boolean {
  if (!isSafeExternalUrl(url)) {
    console.warn(`[hindsight] refused to open ${JSON.stringify(url.slice(0, 200))}: not an http(s) link`);
    return false;
  }
  shell
    .openExternal(url)
    .catch((error: unknown) => console.error(`[hindsight] could not open ${url}`, error));
  return true;
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
